package org.iwtraining.booking.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A catalogue course: its process and its modules in delivery order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CourseData(String id, String title, String process, List<String> audiences, List<String> modules) {
}
