package io.jejaring.interactions.capture;

import java.util.regex.Pattern;

/** Whether a text carries a video-call link: Google Meet, Zoom, Microsoft Teams (and Webex, Whereby, Jitsi). */
final class ConferenceLinks {

    private static final Pattern LINK = Pattern.compile("(?i)(meet\\.google\\.com/|zoom\\.us/(j|my|w)/|"
            + "teams\\.microsoft\\.com/l/meetup-join|teams\\.live\\.com/meet|\\.webex\\.com/|whereby\\.com/|meet\\.jit\\.si/)");

    private ConferenceLinks() {
    }

    static boolean in(String text) {
        return text != null && LINK.matcher(text).find();
    }
}
