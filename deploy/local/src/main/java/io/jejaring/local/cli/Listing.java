package io.jejaring.local.cli;

import picocli.CommandLine.Option;

/** How much of a list to show, and whether as a table or as JSON. */
final class Listing {

    @Option(names = "--limit", paramLabel = "N", description = "show up to N (1 to 200, default 20)")
    int limit = 20;

    @Option(names = "--json", description = "print the service's JSON, each item with the contact's displayName, "
            + "instead of a table")
    boolean json;

    int limit() {
        if (limit < 1 || limit > Remote.PAGE) {
            throw new UsageError("--limit is 1 to " + Remote.PAGE + ", not " + limit);
        }
        return limit;
    }
}
