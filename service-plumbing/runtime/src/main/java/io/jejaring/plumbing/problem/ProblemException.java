package io.jejaring.plumbing.problem;

/** Thrown by the HTTP edge to answer with a problem of its own; the domain throws {@code DomainException}s instead. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
