package org.iwtraining.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.privacy.Erasure;
import org.iwtraining.booking.privacy.PersonalDataExport;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.security.Roles;

/** A person's data exported (a subject access request) or erased, across booking-service and followup-service. */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "A person's data exported or erased across the suite")
public class PrivacyResource {

    private final PersonalDataExport export;
    private final Erasure erasure;

    public PrivacyResource(PersonalDataExport export, Erasure erasure) {
        this.export = export;
        this.erasure = erasure;
    }

    @GET
    @Path("/{hrId}/export")
    @RolesAllowed({ Roles.HR_SYSTEM, Roles.AUDITOR })
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "exportPerson", summary = "Everything the suite holds on a person, as one document",
            description = "The person, their bookings, attendance, completions, waivers, the sessions they train on, the "
                    + "events and notices about them, the audit rows about them; and followup-service's part (cases "
                    + "with calls, reminders, its audit rows), asked for over its API.\n\nRoles: hr-system, auditor")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(schema = @Schema(implementation = PersonExportView.class)))
    @APIResponse(responseCode = "404", description = "Unknown person")
    @APIResponse(responseCode = "503", description = "FOLLOWUP_UNAVAILABLE: followup-service did not answer; no partial export is made")
    public PersonExportView export(@PathParam("hrId") @Size(max = 100) String hrId) {
        return PersonExportView.from(export.export(hrId));
    }

    @POST
    @Path("/{hrId}/erasure")
    @RolesAllowed(Roles.HR_SYSTEM)
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "erasePerson", summary = "Erase a person's data across the suite",
            description = "Names become [erased]; e-mail, phone and manager are removed; consent is withdrawn (out of "
                    + "every contact list at once); waiver and booking reasons become [erased]; the events, notices, "
                    + "webhook deliveries and stored idempotent responses about them are rewritten; notices not yet sent "
                    + "are withheld. Bookings, attendance and completions stay with the person's id, so training counts "
                    + "hold. followup-service erases its copies (cases, calls, reminders; open cases close ERASED, out of "
                    + "the callers' calendars) when the person.erased event reaches it, retried until it does. "
                    + "Idempotent: erasing again changes nothing unless HR sent the person anew, and a later "
                    + "PUT /people/{hrId} brings back only what it sends.\n\nRoles: hr-system")
    @APIResponse(responseCode = "202", description = "Erased here; followup-service's part is on its way",
            content = @Content(schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Response erase(@PathParam("hrId") @Size(max = 100) String hrId) {
        return Response.accepted(ErasureView.from(erasure.erase(hrId), Erasure.MARKER)).build();
    }
}
