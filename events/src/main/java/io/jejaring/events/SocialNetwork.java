package io.jejaring.events;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The social networks Jejaring knows, one vocabulary for a contact's profiles and for a SOCIAL interaction.
 * {@code TWITTER} is accepted as an alias of {@link #X} and reads back as X. {@link #PATH} shut down in 2018: it
 * stays readable for old data and importable, but is deprecated. Anything else is {@link #OTHER}.
 */
public enum SocialNetwork {
    WHATSAPP,
    TELEGRAM,
    INSTAGRAM,
    TIKTOK,
    LINE,
    FACEBOOK,
    LINKEDIN,
    @JsonAlias(SocialNetwork.TWITTER_ALIAS)
    X,
    MASTODON,
    BLUESKY,
    GITHUB,
    PINTEREST,
    /** Shut down in 2018; kept so that old data and old exports still read. */
    @Deprecated
    PATH,
    OTHER;

    /** X's former name, still accepted wherever a network is read. */
    public static final String TWITTER_ALIAS = "TWITTER";

    /** What API documents say about the vocabulary: the alias and the deprecated value. */
    public static final String DESCRIPTION = "One of the social networks Jejaring knows. TWITTER is accepted as an "
            + "alias of X and reads back as X. PATH is deprecated (the network shut down in 2018): it is still read "
            + "and imported, but should not be used for new data.";

    /** The network a name stands for, ignoring case and accepting the alias ("twitter" is X); empty for any other. */
    public static Optional<SocialNetwork> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals(TWITTER_ALIAS)) {
            return Optional.of(X);
        }
        for (SocialNetwork network : values()) {
            if (network.name().equals(upper)) {
                return Optional.of(network);
            }
        }
        return Optional.empty();
    }
}
