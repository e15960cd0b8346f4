package io.jejaring.contacts.imports;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import io.jejaring.events.SocialNetwork;

/**
 * Recognises social networks from a profile URL's host or from a type name ("twitter", "x-linkedin"), so that
 * profile links become socialProfiles while a plain website link is left out.
 */
final class SocialLinks {

    private SocialLinks() {
    }

    /** The network whose site the URL points at; empty for any other site or for text that is not a link. */
    @SuppressWarnings("deprecation") // PATH: old links still import
    static Optional<SocialNetwork> fromUrl(String value) {
        String host = hostOf(value);
        if (host == null) {
            return Optional.empty();
        }
        if (isOn(host, "twitter.com") || isOn(host, "x.com")) {
            return Optional.of(SocialNetwork.X);
        }
        if (isOn(host, "facebook.com") || isOn(host, "fb.com")) {
            return Optional.of(SocialNetwork.FACEBOOK);
        }
        if (host.matches("(.+\\.)?pinterest(\\.[a-z]{2,})+")) { // pinterest.com, pinterest.co.uk, id.pinterest.com
            return Optional.of(SocialNetwork.PINTEREST);
        }
        if (isOn(host, "path.com")) {
            return Optional.of(SocialNetwork.PATH);
        }
        if (isOn(host, "linkedin.com")) {
            return Optional.of(SocialNetwork.LINKEDIN);
        }
        if (isOn(host, "instagram.com")) {
            return Optional.of(SocialNetwork.INSTAGRAM);
        }
        if (isOn(host, "wa.me") || isOn(host, "whatsapp.com")) {
            return Optional.of(SocialNetwork.WHATSAPP);
        }
        if (isOn(host, "t.me") || isOn(host, "telegram.me")) {
            return Optional.of(SocialNetwork.TELEGRAM);
        }
        if (isOn(host, "tiktok.com")) {
            return Optional.of(SocialNetwork.TIKTOK);
        }
        if (isOn(host, "line.me")) {
            return Optional.of(SocialNetwork.LINE);
        }
        if (isOn(host, "bsky.app")) {
            return Optional.of(SocialNetwork.BLUESKY);
        }
        if (isOn(host, "github.com")) {
            return Optional.of(SocialNetwork.GITHUB);
        }
        // Mastodon has no one host; its instances are recognised by name only ("x-mastodon").
        return Optional.empty();
    }

    /** The network a type name stands for ("Twitter", "x-linkedin", "other"); empty when it names none. */
    static Optional<SocialNetwork> fromName(String name) {
        String cleaned = Text.clean(name);
        if (cleaned == null) {
            return Optional.empty();
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (lower.startsWith("x-")) {
            lower = lower.substring(2);
        }
        return SocialNetwork.named(lower);
    }

    /** Lower-case host without "www."/"m.", or null. Accepts links without a scheme and "xmpp:user@host". */
    private static String hostOf(String value) {
        String cleaned = Text.clean(value);
        if (cleaned == null || cleaned.contains(" ")) {
            return null;
        }
        String host;
        try {
            URI uri = URI.create(cleaned.contains("://") ? cleaned : "https://" + cleaned);
            host = uri.getHost();
            if (host == null && uri.getSchemeSpecificPart() != null) {
                String rest = uri.getSchemeSpecificPart();
                host = rest.contains("@") ? rest.substring(rest.lastIndexOf('@') + 1) : null;
            }
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
        if (host == null || !host.contains(".")) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"www.", "m.", "mobile."}) {
            if (host.startsWith(prefix)) {
                host = host.substring(prefix.length());
            }
        }
        return host;
    }

    /** True for the domain itself and its subdomains, but not for look-alikes ("box.com" is not on "x.com"). */
    private static boolean isOn(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
