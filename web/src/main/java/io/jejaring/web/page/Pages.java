package io.jejaring.web.page;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import io.jejaring.web.i18n.Languages;
import io.quarkus.qute.TemplateInstance;

/**
 * What every page of this request shares: its language, the owner's time zone, and dates and numbers written the
 * way that language writes them. Templates read it as {@code inject:page}.
 */
@RequestScoped
@Named("page")
public class Pages {

    /** Set by static/app.js from the browser's own zone when absent; the owner can change it. */
    public static final String ZONE_COOKIE = "jejaring-tz";

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uri;

    private Locale locale;
    private ZoneId zone;

    /** The template, in this request's language. */
    public TemplateInstance render(TemplateInstance page) {
        return page.setLocale(locale());
    }

    public Locale locale() {
        if (locale == null) {
            locale = Languages.choose(headers.getCookies().get(Languages.COOKIE), headers.getAcceptableLanguages());
        }
        return locale;
    }

    public String language() {
        return locale().getLanguage();
    }

    /** This page's path and query, URL-encoded, for links that come back here (the language switch). */
    public String here() {
        String query = uri.getRequestUri().getRawQuery();
        String path = uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public ZoneId zone() {
        if (zone == null) {
            zone = zoneFrom(headers.getCookies().get(ZONE_COOKIE));
        }
        return zone;
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(instant.atZone(zone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(zone()));
    }

    /** A number with at most {@code digits} decimals, grouped as the language groups them. */
    public String number(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A whole number (a count), grouped as the language groups them. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public String percent(double ratio) {
        return NumberFormat.getPercentInstance(locale()).format(ratio);
    }

    static ZoneId zoneFrom(Cookie cookie) {
        if (cookie == null) {
            return ZoneOffset.UTC;
        }
        try {
            // static/app.js and the settings page write it URL-encoded: a '/' would make the cookie a quoted string
            return ZoneId.of(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
        } catch (DateTimeException | IllegalArgumentException e) {
            return ZoneOffset.UTC;
        }
    }
}
