package io.jejaring.plumbing.web;

import io.jejaring.plumbing.domain.ExpectedVersion;

/**
 * Optional optimistic concurrency: {@code If-Match: "<version>"} must name the current version, or it is a 412.
 * Resources read the header into an {@link ExpectedVersion}, which the domain checks.
 */
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

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
