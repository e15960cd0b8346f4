package io.jejaring.contacts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.contacts.store.OwnerProfile;

/** The owner's profile. It publishes no event: it is personal data, and no other service needs it. */
@ApplicationScoped
@Transactional
public class ProfileService {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Profile get(String ownerId) {
        return OwnerProfile.of(ownerId).map(stored -> new Profile(stored.displayName, List.copyOf(stored.emails)))
                .orElse(Profile.EMPTY);
    }

    /** Replaces the profile: the name trimmed (blank means none), the addresses as {@link ProfileEmails} keeps them. */
    public Profile replace(String ownerId, Profile profile) {
        String displayName = profile.displayName() == null || profile.displayName().isBlank() ? null
                : profile.displayName().strip();
        Profile stored = new Profile(displayName, ProfileEmails.normalise(profile.emails()));
        OwnerProfile.save(ownerId, stored.displayName(), stored.emails(), Instant.now(clock));
        return stored;
    }

    /** Part of erasing the owner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String ownerId) {
        OwnerProfile.erase(ownerId);
    }
}
