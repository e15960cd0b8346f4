package io.jejaring.interactions.capture;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event or message that could not be read or written; the rest of the file still counts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An event (by the line its BEGIN:VEVENT is on) or a message (by Message-ID, or by the line of its"
        + " `From ` separator when it has none) that was left out, and why.")
public record CaptureError(
        @Schema(description = "The line it starts on, for calendar events and messages without a Message-ID.", nullable = true) Integer line,
        @Schema(description = "The message's Message-ID.", nullable = true) String messageId,
        String message) {

    public static CaptureError atLine(int line, String message) {
        return new CaptureError(line, null, message);
    }

    public static CaptureError ofMessage(String messageId, int line, String message) {
        return messageId == null ? atLine(line, message) : new CaptureError(null, messageId, message);
    }
}
