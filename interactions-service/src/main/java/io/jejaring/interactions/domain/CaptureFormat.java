package io.jejaring.interactions.domain;

/** The exports a capture reads. */
public enum CaptureFormat {
    /** An iCalendar file (text/calendar). */
    CALENDAR,
    /** An mbox file (application/mbox). */
    MBOX
}
