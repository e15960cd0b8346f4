package io.jejaring.contacts.store;

import io.quarkus.panache.common.Parameters;

/** The owner filter that every query of the service's tables starts with, written once. */
final class Owned {

    private static final String OWNER = "owner";

    private Owned() {
    }

    /** The owner's rows that also meet {@code condition} (empty for all of them), in {@code orderBy} order if given. */
    static String query(String condition, String orderBy) {
        String where = "ownerId = :" + OWNER + (condition.isEmpty() ? "" : " and " + condition);
        return orderBy == null ? where : where + " order by " + orderBy;
    }

    /** The condition's own parameters, plus the owner's. */
    static Parameters parameters(String ownerId, Parameters condition) {
        return condition.and(OWNER, ownerId);
    }
}
