package org.iwtraining.booking.rest;

import java.time.Instant;

import org.iwtraining.booking.Waiver;

public record WaiverView(String id, String moduleRef, String reason, String recordedBy, Instant recordedAt) {

    public static WaiverView from(Waiver w) {
        return new WaiverView(w.id, w.moduleRef, w.reason, w.recordedBy, w.recordedAt);
    }
}
