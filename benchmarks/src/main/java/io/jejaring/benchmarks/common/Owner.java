package io.jejaring.benchmarks.common;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** An owner the writes are spread over: its id, a token for it, and its contacts. */
public record Owner(String id, String token, List<UUID> contacts) {

    /** Each request picks an owner, then one of its contacts, uniformly at random; both sides pick alike. */
    public static Pick pick(List<Owner> owners, SplittableRandom random) {
        Owner owner = owners.get(random.nextInt(owners.size()));
        return new Pick(owner, owner.contacts().get(random.nextInt(owner.contacts().size())));
    }

    public record Pick(Owner owner, UUID contact) {
    }
}
