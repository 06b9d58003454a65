package org.iwtraining.followup.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.BankHolidayOverride;
import org.iwtraining.followup.workingdays.BankHolidayService;

@Path("/bank-holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bank holidays", description = "England and Wales bank holidays: computed by rule, with one-off days")
public class BankHolidayResource {

    private final BankHolidayService calendars;

    public BankHolidayResource(BankHolidayService calendars) {
        this.calendars = calendars;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.CALLER, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "listBankHolidays",
            summary = "The bank holidays of a year (statutory ones computed, one-off days applied)",
            description = "Roles: coordinator, caller, auditor, viewer")
    @APIResponse(responseCode = "200", description = "The year's bank holidays in date order (one page)")
    @APIResponse(responseCode = "400", description = "Missing or out-of-range year")
    public Page<BankHolidayView> list(@QueryParam("year") @Parameter(required = true) @Schema(implementation = Integer.class) String yearParam) {
        Integer year = QueryParams.integer("year", yearParam);
        if (year == null) {
            throw ApiException.invalidField("year", "is required");
        }
        return Page.last(calendars.holidays(year).stream().map(BankHolidayView::from).toList());
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.CALLER, Roles.AUDITOR, Roles.VIEWER })
    @Path("{date}")
    @Operation(operationId = "getBankHolidayOverride",
            summary = "The one-off override recorded for a date; the ETag is its version",
            description = "Roles: coordinator, caller, auditor, viewer")
    @APIResponse(responseCode = "200", description = "The override",
            content = @Content(schema = @Schema(implementation = BankHolidayOverrideView.class)), headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "No override on that date")
    public RestResponse<BankHolidayOverrideView> get(@PathParam("date") LocalDate date) {
        BankHolidayOverride o = calendars.override(date)
                .orElseThrow(() -> ApiException.notFound("Bank holiday override", date.toString()));
        return ResponseBuilder.ok(BankHolidayOverrideView.from(o)).tag(Preconditions.etag(o.version)).build();
    }

    @PUT
    @Path("{date}")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "bank-holiday", id = "date")
    @Operation(operationId = "setBankHolidayOverride",
            summary = "Record a one-off day: ADDED (e.g. a state funeral) or REMOVED (a statutory day that moved)",
            description = "An upsert keyed by the date; If-Match is honoured when sent.\n\nRoles: coordinator")
    @APIResponse(responseCode = "201", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Override recorded",
            content = @Content(schema = @Schema(implementation = BankHolidayOverrideView.class)))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Override replaced",
            content = @Content(schema = @Schema(implementation = BankHolidayOverrideView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "NOT_A_STATUTORY_HOLIDAY: nothing to remove on that date")
    @APIResponse(responseCode = "404", description = "The path is not a date (yyyy-MM-dd)")
    public RestResponse<BankHolidayOverrideView> put(@PathParam("date") LocalDate date, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull BankHolidayOverrideRequest request, @Context UriInfo uri) {
        boolean created = calendars.put(date, request.kind(), request.name(), ifMatch);
        BankHolidayOverride saved = calendars.override(date).orElseThrow();
        ResponseBuilder<BankHolidayOverrideView> response = created
                ? ResponseBuilder.created(FollowupResource.location(uri, "bank-holidays", date.toString()))
                : ResponseBuilder.ok();
        return response.entity(BankHolidayOverrideView.from(saved)).tag(Preconditions.etag(saved.version)).build();
    }

    @DELETE
    @Path("{date}")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "bank-holiday", id = "date")
    @Operation(operationId = "deleteBankHolidayOverride",
            summary = "Remove the one-off override of a date (the statutory rules apply again)",
            description = "Roles: coordinator")
    @APIResponse(responseCode = "204", description = "Removed, or there was none")
    @APIResponse(responseCode = "404", description = "The path is not a date (yyyy-MM-dd)")
    public RestResponse<Void> delete(@PathParam("date") LocalDate date) {
        calendars.delete(date);
        return RestResponse.noContent();
    }
}
