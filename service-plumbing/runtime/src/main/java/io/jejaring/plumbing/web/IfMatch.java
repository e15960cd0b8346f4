package io.jejaring.plumbing.web;

import io.jejaring.plumbing.problem.Problem;
import io.jejaring.plumbing.problem.ProblemException;

/** Optional optimistic concurrency: {@code If-Match: "<version>"} must name the current version, or it is a 412. */
public final class IfMatch {

    private IfMatch() {
    }

    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.equals(String.valueOf(currentVersion))) {
            throw new ProblemException(Problem.of(412, "version-mismatch",
                    "If-Match does not name the current version, " + currentVersion + "; fetch it and retry"));
        }
    }

    /** The ETag value of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
