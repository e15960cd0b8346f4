package io.jejaring.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.jejaring.events.SocialNetwork;

class SocialLinksTest {

    @ParameterizedTest
    @CsvSource({
            "https://twitter.com/jack, X",
            "http://mobile.twitter.com/jack, X",
            "https://x.com/jack, X",
            "https://www.facebook.com/zuck, FACEBOOK",
            "https://m.facebook.com/zuck, FACEBOOK",
            "https://www.pinterest.com/someone/, PINTEREST",
            "https://pinterest.co.uk/someone, PINTEREST",
            "https://id.pinterest.com/someone, PINTEREST",
            "https://path.com/p/123, PATH",
            "https://www.linkedin.com/in/someone, LINKEDIN",
            "https://id.linkedin.com/in/someone, LINKEDIN",
            "linkedin.com/in/someone, LINKEDIN",
            "HTTPS://WWW.INSTAGRAM.COM/someone, INSTAGRAM",
            "xmpp:someone@chat.facebook.com, FACEBOOK",
            "https://wa.me/6281234567890, WHATSAPP",
            "https://t.me/someone, TELEGRAM",
            "https://www.tiktok.com/@someone, TIKTOK",
            "https://line.me/ti/p/~someone, LINE",
            "https://bsky.app/profile/someone.bsky.social, BLUESKY",
            "https://github.com/someone, GITHUB"})
    void recognisesProfileLinks(String url, SocialNetwork network) {
        assertThat(SocialLinks.fromUrl(url)).contains(network);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "https://box.com/x", "https://notlinkedin.com/in/x",
            "https://twitter.com.evil.example/x", "@jack", "not a link", "", "mailto:jack@example.com"})
    void ignoresEverythingElse(String value) {
        assertThat(SocialLinks.fromUrl(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"twitter, X", "X, X", "x-twitter, X", "x-linkedin, LINKEDIN", "Facebook, FACEBOOK", "other, OTHER",
            "WhatsApp, WHATSAPP", "x-mastodon, MASTODON", "Bluesky, BLUESKY", "path, PATH"})
    void recognisesNetworkNames(String name, SocialNetwork network) {
        assertThat(SocialLinks.fromName(name)).contains(network);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flickr", "home", "pref", " "})
    void unknownNamesAreNoNetwork(String name) {
        assertThat(SocialLinks.fromName(name)).isEmpty();
    }
}
