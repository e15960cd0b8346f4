package io.jejaring.plumbing.problem;

/** Thrown by resources and services to answer with a problem: 404, 409, 412, 422 and the like. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "not-found", what + " not found"));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "unprocessable", detail));
    }

    public Problem problem() {
        return problem;
    }
}
