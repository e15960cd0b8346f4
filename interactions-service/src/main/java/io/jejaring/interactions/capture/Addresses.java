package io.jejaring.interactions.capture;

import java.util.Locale;

/** Email addresses as they are compared: trimmed, without a {@code mailto:} scheme, in lower case. */
public final class Addresses {

    private Addresses() {
    }

    /** The address, or null when there is none worth matching. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String address = raw.trim();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7).trim();
        }
        address = address.toLowerCase(Locale.ROOT);
        return address.indexOf('@') > 0 && address.length() <= 254 ? address : null;
    }
}
