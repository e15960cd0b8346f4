package io.jejaring.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A contact as the pages name them: enough to show who someone is and link to their page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(String id, String displayName, String organization, String tier, List<String> communities) {
}
