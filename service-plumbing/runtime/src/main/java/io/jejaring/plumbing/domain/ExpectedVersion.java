package io.jejaring.plumbing.domain;

/**
 * The version a caller believes an aggregate has, for optimistic concurrency: any version, or the one it last
 * read. The API reads it from {@code If-Match}; the domain checks it against the version it holds.
 */
public record ExpectedVersion(String tag) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(String.valueOf(version));
    }

    public boolean matches(long currentVersion) {
        return tag == null || tag.equals(String.valueOf(currentVersion));
    }

    public void check(long currentVersion) {
        if (!matches(currentVersion)) {
            throw DomainException.versionMismatch(currentVersion);
        }
    }
}
