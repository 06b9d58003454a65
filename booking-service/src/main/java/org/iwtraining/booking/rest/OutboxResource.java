package org.iwtraining.booking.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.OutboxStatus;
import org.iwtraining.booking.outbox.OutboxService;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;

@Path("/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox", description = "Events waiting for delivery to followup-service, attendees' mailboxes and HR webhooks")
public class OutboxResource {

    private final OutboxService outbox;

    public OutboxResource(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GET
    @RolesAllowed({ Roles.HR_SYSTEM, Roles.AUDITOR })
    @Audited(kind = "outbox")
    @Operation(operationId = "listOutboxEvents",
            summary = "List outbox rows by status, oldest first", description = "Roles: hr-system, auditor. "
            + "Without status: PENDING and FAILED.")
    @APIResponse(responseCode = "200", description = "A page of rows")
    @APIResponse(responseCode = "400", description = "Unknown status, bad limit or cursor")
    public Page<OutboxEventView> list(
            @Parameter(description = "PENDING, FAILED or DELIVERED; repeat for several") @QueryParam("status") List<String> status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return outbox.list(statuses(status), QueryParams.page(limit, cursor)).map(OutboxEventView::from);
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.HR_SYSTEM)
    @Audited(kind = "outbox", id = "id")
    @Operation(operationId = "retryOutboxEvent",
            summary = "Make a pending or failed row due now, with a fresh retry window", description = "Roles: hr-system.")
    @APIResponse(responseCode = "200", description = "The row, now PENDING")
    @APIResponse(responseCode = "404", description = "No such row")
    @APIResponse(responseCode = "409", description = "ALREADY_DELIVERED: a delivered event is never delivered again")
    public OutboxEventView retry(@PathParam("id") String id) {
        return OutboxEventView.from(outbox.retry(id));
    }

    private static List<OutboxStatus> statuses(List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of(OutboxStatus.PENDING, OutboxStatus.FAILED);
        }
        List<OutboxStatus> statuses = new ArrayList<>();
        for (String name : names) {
            try {
                statuses.add(OutboxStatus.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("status", "must be PENDING, FAILED or DELIVERED");
            }
        }
        return statuses;
    }
}
