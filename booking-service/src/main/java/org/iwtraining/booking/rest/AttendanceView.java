package org.iwtraining.booking.rest;

import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.AttendanceStatus;
import org.iwtraining.booking.attendance.AttendanceService.Recorded;
import org.iwtraining.conventions.audit.ConcernsPeople;

public record AttendanceView(String personId, AttendanceStatus status, List<Integer> parts,
        @Schema(description = "Every module of the session is now in the person's training record") boolean completed) implements ConcernsPeople {

    public static AttendanceView from(Recorded r) {
        return new AttendanceView(r.attendance().personId, r.attendance().status, r.attendance().partList(), r.completed());
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
