package io.jejaring.contacts.domain;

import java.util.Map;
import java.util.UUID;

/**
 * What a restore wrote: how many contacts and connections, and the id each backup contact has now (the same id
 * when it was free, a new one when it was taken). interactions-service's restore takes this map, so that the
 * owner's interactions and commitments follow their contacts.
 */
public record ContactsRestored(int contacts, int connections, Map<UUID, UUID> contactIds) {
}
