package io.jejaring.web.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Cookie;

/** The languages the pages are written in, and which one a request gets: its cookie, else Accept-Language, else English. */
public final class Languages {

    public static final String COOKIE = "jejaring-lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("id"));

    private Languages() {
    }

    public static Locale choose(Cookie chosen, List<Locale> acceptable) {
        if (chosen != null) {
            Locale fromCookie = supported(chosen.getValue());
            if (fromCookie != null) {
                return fromCookie;
            }
        }
        for (Locale wanted : acceptable) {
            Locale match = supported(wanted.getLanguage());
            if (match != null) {
                return match;
            }
        }
        return Locale.ENGLISH;
    }

    /** The supported locale for a language tag such as {@code id} or {@code en-GB}, or null. */
    public static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
