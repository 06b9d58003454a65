package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.SelfReport;
import org.iwtraining.followup.selfreport.SelfReportDraft;
import org.iwtraining.followup.selfreport.SelfReportForm;
import org.iwtraining.followup.selfreport.SelfReportService;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The trainer's self-report link from a trainer notice (a page and its form, no sign-in: the link's secret token),
 * and the self-reports as the case's callers read them.
 */
@Path("/followups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up cases", description = "Train-the-trainer follow-up cases and their calls")
public class SelfReportResource {

    private final SelfReportService selfReports;
    private final Requesters requesters;
    private final Template formPage;
    private final Template recordedPage;

    public SelfReportResource(SelfReportService selfReports, Requesters requesters,
            @Location("self-report-form.html") Template formPage, @Location("self-report-recorded.html") Template recordedPage) {
        this.selfReports = selfReports;
        this.requesters = requesters;
        this.formPage = formPage;
        this.recordedPage = recordedPage;
    }

    @GET
    @Path("{id}/self-report")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(operationId = "getSelfReportForm", summary = "The trainer's self-report page: a small form, no sign-in",
            description = "The link of a trainer notice (`?token=`, 192 random bits, kept only hashed, valid while the case "
                    + "is open). Reading it changes nothing, so a mail scanner that opens it does no harm; it shows the module "
                    + "and the coming call, nothing personal.\n\nRoles: none (no bearer token); the link's token")
    @APIResponse(responseCode = "200", description = "An HTML form", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such open case, or a missing or wrong token")
    public RestResponse<String> form(@PathParam("id") String id, @QueryParam("token") String token) {
        SelfReportForm form = selfReports.form(id, token);
        return page(formPage.data("form", form).data("token", token).render());
    }

    @POST
    @Path("{id}/self-report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "recordSelfReport", summary = "Record the trainer's self-report (SELF_REPORTED)",
            description = "The form of the self-report page, form-encoded, with the link's token: started (`yes`/`no`), "
                    + "and if started the first session's date (`startedOn`), how many colleagues attended (`attendees`) "
                    + "and their agencies (`agencies`, one per line). The case's callers see it; the first call still "
                    + "stands.\n\nRoles: none (no bearer token); the link's token")
    @APIResponse(responseCode = "200", description = "Recorded: an HTML page saying so", content = @Content(
            mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid form: the field is named")
    @APIResponse(responseCode = "404", description = "No such open case, or a missing or wrong token")
    public RestResponse<String> record(@PathParam("id") String id, @FormParam("token") String token,
            @FormParam("started") String started, @FormParam("startedOn") String startedOn,
            @FormParam("attendees") String attendees, @FormParam("agencies") String agencies) {
        selfReports.form(id, token); // a wrong token is a 404 whatever the form holds
        SelfReportDraft draft = new SelfReportDraft(yesOrNo(started), date(startedOn), count(attendees), lines(agencies));
        SelfReport report = selfReports.record(id, token, draft);
        return page(recordedPage.data("report", report).render());
    }

    @GET
    @Path("{id}/self-reports")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "listSelfReports", summary = "What the trainer reported through their self-report link, oldest first",
            description = "Roles: coordinator, auditor, caller (their own cases only)")
    @APIResponse(responseCode = "200", description = "The case's self-reports", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = SelfReportView.class)))
    @APIResponse(responseCode = "404", description = "No such case (or another caller's, asked by a caller)")
    public List<SelfReportView> list(@PathParam("id") String id) {
        return selfReports.forCase(id, requesters.current()).stream().map(SelfReportView::from).toList();
    }

    /** The token is in the URL and the page: kept out of caches and referrers. */
    private static RestResponse<String> page(String html) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return ResponseBuilder.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).cacheControl(cache)
                .header("Referrer-Policy", "no-referrer").build();
    }

    private static boolean yesOrNo(String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("started", "is required (yes or no)");
        }
        return switch (value.strip().toLowerCase()) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw DomainException.invalid("started", "must be yes or no");
        };
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("startedOn", "must be a date (YYYY-MM-DD)");
        }
    }

    private static Integer count(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("attendees", "must be a whole number");
        }
    }

    private static List<String> lines(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
