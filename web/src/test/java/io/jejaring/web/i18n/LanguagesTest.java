package io.jejaring.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Cookie;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void theChosenLanguageWinsOverAcceptLanguage() {
        assertThat(Languages.choose(new Cookie.Builder(Languages.COOKIE).value("id").build(), List.of(Locale.ENGLISH)))
                .isEqualTo(INDONESIAN);
    }

    @Test
    void acceptLanguageIsReadInOrderAndRegionsDoNotMatter() {
        assertThat(Languages.choose(null, List.of(Locale.GERMAN, Locale.forLanguageTag("id-ID"), Locale.ENGLISH)))
                .isEqualTo(INDONESIAN);
        assertThat(Languages.choose(null, List.of(Locale.forLanguageTag("en-GB")))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anythingElseIsEnglish() {
        assertThat(Languages.choose(new Cookie.Builder(Languages.COOKIE).value("xx").build(), List.of(Locale.JAPANESE)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(null, List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theSwitchOnlyGoesBackToAPathOfThisSite() {
        assertThat(LanguageResource.sameSite("/people?q=ayu")).isEqualTo("/people?q=ayu");
        assertThat(LanguageResource.sameSite("https://evil.example")).isEqualTo("/");
        assertThat(LanguageResource.sameSite("//evil.example")).isEqualTo("/");
        assertThat(LanguageResource.sameSite(null)).isEqualTo("/");
    }
}
