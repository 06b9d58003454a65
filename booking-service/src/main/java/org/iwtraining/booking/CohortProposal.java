package org.iwtraining.booking;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a cohort proposes, stored as one JSON document with the cohort.
 *
 * @param placements  who goes where, by session (start order) then person id
 * @param unplaced    who has no place, by person id, with the reason
 * @param sessions    every candidate session's mix as it would be after confirmation, in start order
 */
public record CohortProposal(List<Placement> placements, List<Unplaced> unplaced, List<SessionMix> sessions) {

    public record Placement(String personId, String sessionId) {
    }

    public record Unplaced(String personId,
            @Schema(description = "A booking refusal that holds for every candidate session (PERSON_LEFT, UNKNOWN_PERSON, "
                    + "PREREQUISITE_MISSING, ALREADY_BOOKED, ALREADY_TRAINED, AUDIENCE_MISMATCH, OVERLAPPING_BOOKING, "
                    + "SESSION_CLOSED), NO_ELIGIBLE_SESSION when the refusals differ, ELIGIBLE_SESSIONS_FULL or AGENCY_CAP")
            String reason) {
    }

    public record SessionMix(String sessionId,
            @Schema(description = "Confirmed plus proposed places per agency code") Map<String, Integer> agencies,
            int distinctAgencies, int distinctSectors,
            @Schema(description = "Confirmed places once the proposal is confirmed") int confirmedAfter,
            int capacity,
            @Schema(description = "AT_RISK when the mix stays below minAgencies or minSectors even at the optimum")
            String mixStatus) {
    }
}
