package io.jejaring.interactions.store;

import io.quarkus.panache.common.Parameters;

/** The owner filter, written once: every query of an owner's rows binds it from here. */
final class OwnerFilter {

    private OwnerFilter() {
    }

    /** An owner's rows of one entity, aliased {@code o} for the conditions that follow. */
    static String rowsOf(String entity) {
        return "from " + entity + " o where o.ownerId = :owner";
    }

    static Parameters owner(String ownerId) {
        return Parameters.with("owner", ownerId);
    }
}
