package io.jejaring.local.cli;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates as people type them, in this machine's time zone: {@code now}, {@code today}, {@code yesterday},
 * {@code tomorrow}, a weekday ({@code friday} or {@code fri}), or an ISO date ({@code 2026-11-28}), each with an
 * optional {@code HH:MM}; or a time alone, today. A weekday is the nearest one on the side that makes sense: the last
 * one for when something happened, the coming one for when something is due; today counts as either.
 */
final class When {

    static final String FORMS = "say now, today, yesterday, tomorrow, a weekday (friday or fri), or a date "
            + "(2026-11-28), each with an optional time (15:00)";
    private static final Pattern SHAPE = Pattern.compile("(?i)\\s*([a-z]+|\\d{4}-\\d{2}-\\d{2})?(?:[\\sT]+)?(\\d{1,2}:\\d{2})?\\s*");
    /** How far ahead of this clock a moment may be and still count as now (the clocks of two machines differ). */
    private static final long LEEWAY_SECONDS = 60;

    private When() {
    }

    /** When something happened: never in the future; without a time, at the time of day it is now. */
    static Instant moment(String text, ZonedDateTime now) {
        Matcher parts = parts(text);
        LocalDate day = parts.group(1) == null ? now.toLocalDate()
                : parts.group(1).equalsIgnoreCase("now") && parts.group(2) == null ? now.toLocalDate()
                : day(parts.group(1), now.toLocalDate(), false, text);
        LocalTime time = parts.group(2) == null ? now.toLocalTime() : time(parts.group(2), text);
        Instant moment = ZonedDateTime.of(day, time, now.getZone()).toInstant();
        if (moment.isAfter(now.toInstant().plusSeconds(LEEWAY_SECONDS))) {
            throw new IllegalArgumentException("\"" + text + "\" is in the future; an interaction is logged once it happened");
        }
        return moment;
    }

    /** The day something is due: a weekday is the coming one; no time of day. */
    static LocalDate dueDay(String text, LocalDate today) {
        Matcher parts = parts(text);
        if (parts.group(1) == null || parts.group(2) != null) {
            throw new IllegalArgumentException("\"" + text + "\" is not a day: " + FORMS.replace(", each with an optional time (15:00)", ""));
        }
        return day(parts.group(1), today, true, text);
    }

    private static Matcher parts(String text) {
        Matcher parts = SHAPE.matcher(text == null ? "" : text);
        if (text == null || text.isBlank() || !parts.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time: " + FORMS);
        }
        return parts;
    }

    private static LocalDate day(String word, LocalDate today, boolean ahead, String text) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "today", "now":
                return today;
            case "yesterday":
                return today.minusDays(1);
            case "tomorrow":
                return today.plusDays(1);
            default:
                break;
        }
        if (Character.isDigit(word.charAt(0))) {
            try {
                return LocalDate.parse(word);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + text + "\" has no such date: " + word);
            }
        }
        for (DayOfWeek weekday : DayOfWeek.values()) {
            String full = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.equalsIgnoreCase(full) || word.equalsIgnoreCase(full.substring(0, 3))) {
                return today.with(ahead ? TemporalAdjusters.nextOrSame(weekday) : TemporalAdjusters.previousOrSame(weekday));
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a time: " + FORMS);
    }

    private static LocalTime time(String hoursAndMinutes, String text) {
        String[] parts = hoursAndMinutes.split(":");
        int hours = Integer.parseInt(parts[0]);
        int minutes = Integer.parseInt(parts[1]);
        if (hours > 23 || minutes > 59) {
            throw new IllegalArgumentException("\"" + text + "\" has no such time of day: " + hoursAndMinutes);
        }
        return LocalTime.of(hours, minutes);
    }

    /** {@code --at}: when it happened, from this machine's clock. */
    static final class At implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String text) {
            try {
                return moment(text, ZonedDateTime.now());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --by}: the day it is due, from this machine's clock. */
    static final class By implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return dueDay(text, LocalDate.now());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
