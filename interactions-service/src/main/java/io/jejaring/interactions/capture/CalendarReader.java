package io.jejaring.interactions.capture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.util.CompatibilityHints;

import io.jejaring.events.Channel;
import io.jejaring.interactions.capture.CapturedItem.Participant;
import io.jejaring.plumbing.domain.DomainException;

/**
 * Reads an iCalendar export (Google, Outlook, Apple) as a stream: each {@code VEVENT} is cut out with the file's
 * {@code VTIMEZONE}s and parsed alone by ical4j, so a bad event costs only itself and the file never sits in
 * memory whole. Recurring events are expanded up to now; {@code EXDATE}s drop occurrences and
 * {@code RECURRENCE-ID} overrides replace theirs. Cancelled events and occurrences that have not started are left
 * out; rooms and resources are no participants.
 */
public final class CalendarReader {

    /** Occurrences expanded per recurring event at most: a daily meeting for thirty years. */
    static final int MAX_OCCURRENCES = 11_000;
    /** Lines of one VEVENT at most, so that a file without END:VEVENT can't fill memory. */
    static final int MAX_EVENT_LINES = 20_000;
    static final int MAX_SUMMARY = 200;
    static final int MAX_DURATION_MINUTES = 10_080;
    private static final String HEADER = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Jejaring//capture//EN\r\n";

    static {
        // Real exports bend the RFC (Outlook's folding and time zone names, Google's X- properties): read them anyway
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    }

    private final Instant now;
    private final CalendarBuilder builder = new CalendarBuilder();
    private final StringBuilder timezones = new StringBuilder();
    private final Map<String, List<ParsedEvent>> byUid = new LinkedHashMap<>();
    private final List<CaptureError> errors = new ArrayList<>();

    private CalendarReader(Instant now) {
        this.now = now;
    }

    /** The file's occurrences that started by {@code now}; 400 when it is no iCalendar file. */
    public static CaptureFile read(InputStream in, Instant now) throws IOException {
        return new CalendarReader(now).readAll(in);
    }

    private CaptureFile readAll(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        String line = lines.readLine();
        lineNo++;
        while (line != null && line.isBlank()) {
            line = lines.readLine();
            lineNo++;
        }
        if (line == null || !stripBom(line).trim().equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw DomainException.invalid("the body is not an iCalendar file (it must start with BEGIN:VCALENDAR)", List.of());
        }
        while ((line = lines.readLine()) != null) {
            lineNo++;
            String upper = line.trim().toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VTIMEZONE")) {
                lineNo += copyBlock(lines, line, "END:VTIMEZONE", timezones);
            } else if (upper.equals("BEGIN:VEVENT")) {
                int start = lineNo;
                StringBuilder event = new StringBuilder();
                lineNo += copyBlock(lines, line, "END:VEVENT", event);
                parseEvent(start, event.toString());
            }
        }
        return expand();
    }

    /** Copies lines from {@code first} through {@code end} (or the file's end); answers the lines read. */
    private static int copyBlock(BufferedReader lines, String first, String end, StringBuilder into) throws IOException {
        into.append(first).append("\r\n");
        int read = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            read++;
            if (read <= MAX_EVENT_LINES) {
                into.append(line).append("\r\n");
            }
            if (line.trim().equalsIgnoreCase(end)) {
                break;
            }
        }
        return read;
    }

    private void parseEvent(int line, String text) {
        try {
            net.fortuna.ical4j.model.Calendar calendar = builder.build(new StringReader(HEADER + timezones + text
                    + (text.toUpperCase(Locale.ROOT).contains("END:VEVENT") ? "" : "END:VEVENT\r\n") + "END:VCALENDAR\r\n"));
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            for (VEvent event : events) {
                ParsedEvent parsed = ParsedEvent.of(line, event);
                byUid.computeIfAbsent(parsed.uid, uid -> new ArrayList<>()).add(parsed);
            }
        } catch (ParserException | IOException | RuntimeException e) {
            errors.add(CaptureError.atLine(line, "unreadable event: " + describe(e)));
        }
    }

    private CaptureFile expand() {
        List<CapturedItem> items = new ArrayList<>();
        int ignored = 0;
        for (List<ParsedEvent> versions : byUid.values()) {
            ParsedEvent master = null;
            Map<Instant, ParsedEvent> overrides = new HashMap<>();
            for (ParsedEvent event : versions) {
                if (event.recurrenceId == null) {
                    master = master == null || event.sequence > master.sequence ? event : master;
                } else {
                    overrides.merge(event.recurrenceId, event, (a, b) -> b.sequence > a.sequence ? b : a);
                }
            }
            List<Occurrence> occurrences = new ArrayList<>();
            if (master != null) {
                try {
                    for (Instant start : master.starts(now)) {
                        if (!overrides.containsKey(start)) {
                            occurrences.add(new Occurrence(master, start, start));
                        }
                    }
                } catch (RuntimeException e) {
                    errors.add(CaptureError.atLine(master.line, "unusable recurrence: " + describe(e)));
                    continue;
                }
            }
            overrides.forEach((recurrenceId, override) -> occurrences.add(new Occurrence(override, recurrenceId, override.start)));
            for (Occurrence occurrence : occurrences) {
                ParsedEvent event = occurrence.event;
                if (occurrence.start.isAfter(now) || event.cancelled) {
                    ignored++;
                } else {
                    items.add(new CapturedItem("ical:" + event.uid + "|" + occurrence.key, event.sequence, occurrence.start,
                            event.durationMinutes, event.video ? Channel.VIDEO : Channel.IN_PERSON, event.summary,
                            event.organizer, event.participants, event.line, null));
                }
            }
        }
        items.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        return new CaptureFile(items, ignored, errors);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.length() > 200 ? message.substring(0, 200) : message;
    }

    /** One occurrence: the event that describes it, the start that names it, and when it starts. */
    private record Occurrence(ParsedEvent event, Instant key, Instant start) {
    }

    /** What capture needs of one VEVENT, read once. */
    static final class ParsedEvent {
        final int line;
        final String uid;
        final Instant recurrenceId;
        final int sequence;
        final Temporal startTemporal;
        final Instant start;
        final Integer durationMinutes;
        final boolean cancelled;
        final boolean video;
        final String summary;
        final String organizer;
        final List<Participant> participants;
        final RRule<?> rule;
        final Set<Instant> excluded;

        private ParsedEvent(int line, VEvent event) {
            this.line = line;
            this.uid = event.getProperty(Property.UID).map(Property::getValue).map(String::trim)
                    .filter(value -> !value.isEmpty()).orElseThrow(() -> new IllegalArgumentException("no UID"));
            Optional<DateProperty<?>> dtStart = event.getProperty(Property.DTSTART);
            this.startTemporal = dtStart.map(DateProperty::getDate)
                    .orElseThrow(() -> new IllegalArgumentException("no DTSTART"));
            this.start = instant(startTemporal);
            Optional<DateProperty<?>> rid = event.getProperty(Property.RECURRENCE_ID);
            this.recurrenceId = rid.map(DateProperty::getDate).map(CalendarReader::instant).orElse(null);
            this.sequence = event.getProperty(Property.SEQUENCE).map(Property::getValue).map(String::trim)
                    .map(Integer::parseInt).orElse(0);
            this.durationMinutes = duration(event);
            this.cancelled = event.getProperty(Property.STATUS).map(Property::getValue)
                    .filter(status -> status.trim().equalsIgnoreCase("CANCELLED")).isPresent();
            this.video = hasConferenceLink(event);
            this.summary = event.getProperty(Property.SUMMARY).map(Property::getValue).map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .map(value -> value.length() > MAX_SUMMARY ? value.substring(0, MAX_SUMMARY) : value).orElse(null);
            this.organizer = event.getProperty(Property.ORGANIZER).map(Property::getValue).map(Addresses::normalize).orElse(null);
            this.participants = participants(event, organizer);
            this.rule = event.<RRule<?>>getProperty(Property.RRULE).orElse(null);
            Set<Instant> exdates = new HashSet<>();
            for (Property exdate : event.getProperties(Property.EXDATE)) {
                for (Object date : ((DateListProperty<?>) exdate).getDates()) {
                    exdates.add(instant((Temporal) date));
                }
            }
            this.excluded = exdates;
        }

        static ParsedEvent of(int line, VEvent event) {
            return new ParsedEvent(line, event);
        }

        /** Every start of this event up to {@code now}, its EXDATEs removed. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Instant> starts(Instant now) {
            List<Instant> starts = new ArrayList<>();
            if (rule == null) {
                starts.add(start);
            } else {
                Recur recur = rule.getRecur();
                List<Temporal> dates = recur.getDates(startTemporal, startTemporal, until(startTemporal, now));
                for (Temporal date : dates) {
                    if (starts.size() >= MAX_OCCURRENCES) {
                        break;
                    }
                    starts.add(instant(date));
                }
                if (!starts.contains(start) && !start.isAfter(now)) {
                    starts.add(0, start); // DTSTART is always an occurrence, even one the rule doesn't produce
                }
            }
            starts.removeIf(excluded::contains);
            return starts;
        }

        private static Integer duration(VEvent event) {
            Temporal start = event.<DateProperty<?>>getProperty(Property.DTSTART).map(DateProperty::getDate).orElseThrow();
            if (start instanceof LocalDate) {
                return null; // an all-day event has no meeting length
            }
            Optional<DateProperty<?>> end = event.getProperty(Property.DTEND);
            Optional<net.fortuna.ical4j.model.property.Duration> declared = event.getProperty(Property.DURATION);
            Duration length = end.isPresent() ? Duration.between(instant(start), instant(end.get().getDate()))
                    : declared.map(amount -> Duration.between(instant(start), instant(start.plus(amount.getDuration()))))
                            .orElse(null);
            if (length == null || length.isNegative()) {
                return null;
            }
            long minutes = length.toMinutes();
            return minutes <= MAX_DURATION_MINUTES ? (int) minutes : null;
        }

        private static boolean hasConferenceLink(VEvent event) {
            for (Property property : event.getProperties()) {
                String name = property.getName().toUpperCase(Locale.ROOT);
                if (name.equals("CONFERENCE") || name.contains("CONFERENCE") || name.contains("SKYPETEAMSMEETINGURL")
                        || name.contains("ONLINEMEETINGCONFLINK")) {
                    return true;
                }
                if ((name.equals("LOCATION") || name.equals("DESCRIPTION") || name.equals("URL") || name.startsWith("X-"))
                        && ConferenceLinks.in(property.getValue())) {
                    return true;
                }
            }
            return false;
        }

        private static List<Participant> participants(VEvent event, String organizer) {
            List<Participant> participants = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            if (organizer != null) {
                seen.add(organizer);
                participants.add(new Participant(organizer, false));
            }
            for (Property attendee : event.getProperties(Property.ATTENDEE)) {
                String cutype = attendee.getParameter(Parameter.CUTYPE).map(Parameter::getValue).orElse("INDIVIDUAL");
                if (cutype.equalsIgnoreCase("ROOM") || cutype.equalsIgnoreCase("RESOURCE")) {
                    continue;
                }
                String address = Addresses.normalize(attendee.getValue());
                boolean declined = attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue)
                        .filter(status -> status.equalsIgnoreCase("DECLINED")).isPresent();
                if (address == null) {
                    continue;
                }
                if (seen.add(address)) {
                    participants.add(new Participant(address, declined));
                } else if (declined) {
                    participants.replaceAll(p -> p.address().equals(address) ? new Participant(address, true) : p);
                }
            }
            return List.copyOf(participants);
        }
    }

    /** The instant a DATE, DATE-TIME (zoned, UTC or floating) names; floating times and dates are read as UTC. */
    static Instant instant(Temporal temporal) {
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (temporal instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (temporal instanceof LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (temporal instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("unsupported date " + temporal);
    }

    /** {@code now} as the same kind of date as {@code seed}, for expanding a rule up to it. */
    private static Temporal until(Temporal seed, Instant now) {
        if (seed instanceof ZonedDateTime zoned) {
            return now.atZone(zoned.getZone());
        }
        if (seed instanceof OffsetDateTime offset) {
            return now.atOffset(offset.getOffset());
        }
        if (seed instanceof LocalDateTime) {
            return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        }
        if (seed instanceof LocalDate) {
            return LocalDate.ofInstant(now, ZoneOffset.UTC);
        }
        return now;
    }
}
