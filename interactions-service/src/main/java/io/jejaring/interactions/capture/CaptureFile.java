package io.jejaring.interactions.capture;

import java.util.List;

/**
 * What a calendar or mail export holds: the items worth matching, those left out by the rules alone (cancelled,
 * not yet started, bulk mail), and what could not be read.
 */
public record CaptureFile(List<CapturedItem> items, int ignored, List<CaptureError> errors) {
}
