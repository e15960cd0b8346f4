package io.jejaring.plumbing.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.jejaring.events.SocialNetwork;

/**
 * Puts the aliases an enum accepts on input into its schema: a client may send them, so the document must allow
 * them. Today that is the social networks' {@code TWITTER}, which reads back as {@code X}.
 */
final class EnumAliases {

    private EnumAliases() {
    }

    static void add(Components components) {
        Schema network = components.getSchemas() == null ? null : components.getSchemas().get(SocialNetwork.class.getSimpleName());
        if (network != null && network.getEnumeration() != null
                && !network.getEnumeration().contains(SocialNetwork.TWITTER_ALIAS)) {
            network.addEnumeration(SocialNetwork.TWITTER_ALIAS);
        }
    }
}
