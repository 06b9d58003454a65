package org.iwtraining.booking.client;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxOutcome;
import org.iwtraining.booking.outbox.Receiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The outbox rows for followup-service: each event type to its endpoint, the answer read as an outcome. */
@ApplicationScoped
public class FollowupReceiver implements Receiver {

    private final FollowupClient followup;
    private final ObjectMapper json;

    public FollowupReceiver(FollowupClient followup, ObjectMapper json) {
        this.followup = followup;
        this.json = json;
    }

    @Override
    public OutboxEventType.Destination destination() {
        return OutboxEventType.Destination.FOLLOWUP;
    }

    @Override
    public OutboxOutcome deliver(OutboxEventType type, OutboxEvent event) throws IOException {
        ObjectNode body = (ObjectNode) json.readTree(event.payload);
        int status = switch (type) {
            case FOLLOWUP_REQUESTED -> followup.openCase(body);
            case CASCADE_STARTED -> followup.cascadeStarted(body);
            case PERSON_LEFT -> followup.personEvent(personEvent(body, event, "LEFT"));
            case PERSON_UPDATED -> followup.personEvent(personEvent(body, event, "UPDATED"));
            case PERSON_ERASED -> followup.erase(body.put("eventId", event.eventId));
            case COMPLETION_REVOKED -> followup.personEvent(personEvent(body, event, "COMPLETION_REVOKED"));
            default -> throw new IllegalStateException(type + " is not for followup-service");
        };
        return OutboxOutcome.ofHttpStatus("followup-service", status);
    }

    /** followup-service deduplicates person events by their id, so a redelivery carries the same one. */
    private static JsonNode personEvent(ObjectNode payload, OutboxEvent event, String type) {
        return payload.put("eventId", event.eventId).put("type", type);
    }
}
