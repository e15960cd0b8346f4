package io.jejaring.plumbing.web;

import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.ExpectedVersion;
import io.jejaring.plumbing.problem.DomainProblems;
import io.jejaring.plumbing.problem.ProblemException;

/** Optional optimistic concurrency: {@code If-Match: "<version>"} must name the current version, or it is a 412. */
public final class IfMatch {

    private IfMatch() {
    }

    /** Reads an {@code If-Match} header; absent, empty or {@code *} expects any version. */
    public static ExpectedVersion parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return ExpectedVersion.ANY;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return new ExpectedVersion(tag);
    }

    /** For a resource that checks the version itself: a mismatch answers 412 straight away. */
    public static void check(String ifMatch, long currentVersion) {
        if (!parse(ifMatch).matches(currentVersion)) {
            throw new ProblemException(DomainProblems.of(DomainException.versionMismatch(currentVersion)));
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
