package org.iwtraining.booking.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of a catalogue module booking-service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModuleData(String ref, String name, String process, String status, List<String> audiences,
        Integer minMinutes, Integer maxMinutes, Integer parts, boolean trainTheTrainer, boolean keepAudiencesApart,
        boolean waivable, Integer version) {

    public boolean retired() {
        return "RETIRED".equals(status);
    }
}
