package io.jejaring.web.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The time zones an owner can choose: Indonesia's three first, then every zone Java knows, sorted. */
public final class TimeZones {

    public static final List<String> INDONESIA = List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

    /** Every other zone, sorted; the Indonesian ones are not repeated. */
    public static final List<String> OTHERS = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> !INDONESIA.contains(zone)).sorted().toList();

    private TimeZones() {
    }

    public static List<String> all() {
        return Stream.concat(INDONESIA.stream(), OTHERS.stream()).toList();
    }

    /** Only a zone from the list: never an offset or anything else a cookie could be made to hold. */
    public static boolean isKnown(String zone) {
        return zone != null && (INDONESIA.contains(zone) || OTHERS.contains(zone));
    }
}
