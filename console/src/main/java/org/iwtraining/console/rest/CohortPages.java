package org.iwtraining.console.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.iwtraining.console.client.BookingData;
import org.iwtraining.console.client.Page;
import org.iwtraining.console.client.ServiceRefusedException;
import org.iwtraining.console.cohorts.Candidate;
import org.iwtraining.console.cohorts.Cohorts;
import org.iwtraining.console.cohorts.NomineeList;
import org.iwtraining.console.cohorts.Proposal;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Cohorts (coordinator; an agency lead for their agency's people): one form to choose the nominees — pasted HR ids,
 * people ticked in a search, an uploaded CSV — and the candidate sessions, which proposes the allocation; the
 * proposal's page, which confirms it. The form's buttons search, filter and propose without JavaScript: each posts
 * the whole form, which comes back with what was chosen kept.
 */
@Path("/cohorts")
@Produces(MediaType.TEXT_HTML)
public class CohortPages {

    /** The largest CSV of nominees the form takes: 20,000 HR ids of a few dozen characters. */
    static final long MAX_CSV_BYTES = 1_000_000;
    /** The processes a session belongs to (DESIGN.md's words), to narrow the sessions listed. */
    static final List<String> PROCESSES = List.of("IW", "IS", "CAF", "LP", "ISI");

    private final Cohorts cohorts;

    CohortPages(Cohorts cohorts) {
        this.cohorts = cohorts;
    }

    @CheckedTemplate(basePath = "cohorts")
    static class Templates {
        static native TemplateInstance form(CohortForm form, List<BookingData.Person> found, boolean searched,
                List<Candidate> chosen,
                Page<Candidate> candidates, List<String> processes, FormErrors errors);

        static native TemplateInstance proposal(Proposal proposal, String banner);
    }

    /** What the coordinator has entered so far, sent back with every press of a button. */
    public record CohortForm(String name, String nominees, String q, List<String> sessions,
            String process, String module, String month, String strategy, String idempotencyKey) {
    }

    @GET
    public TemplateInstance form() {
        CohortForm form = new CohortForm("", "", "", List.of(), "", "", "", "PACK", UUID.randomUUID().toString());
        return Templates.form(form, List.of(), false, List.of(), cohorts.candidates(null, null, null, null), PROCESSES,
                FormErrors.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestForm String action, @RestForm String name, @RestForm String nominees,
            @RestForm List<String> ticked, @RestForm("csv") FileUpload csv, @RestForm String q,
            @RestForm List<String> sessions, @RestForm String process, @RestForm String module,
            @RestForm String month, @RestForm String strategy, @RestForm String idempotencyKey,
            @RestForm String cursor) {
        FormErrors errors = FormErrors.none();
        String uploaded = csv(csv, errors);
        // the people ticked in a search and the ids uploaded join the pasted ones: the coordinator sees (and can
        // edit) every nominee in the one box after any button
        List<String> everyone = NomineeList.of(nominees, ticked, uploaded);
        List<String> sessionIds = sessions == null ? List.of() : List.copyOf(new LinkedHashSet<>(sessions));
        YearMonth chosenMonth = month(month, errors);
        String chosenStrategy = "SPREAD".equals(strategy) ? "SPREAD" : "PACK";
        String key = SessionsPages.blankToNull(idempotencyKey) == null ? UUID.randomUUID().toString() : idempotencyKey;
        CohortForm form = new CohortForm(text(name), String.join("\n", everyone), text(q), sessionIds,
                text(process), text(module), text(month), chosenStrategy, key);
        if ("propose".equals(action) && !errors.any()) {
            if (form.name().isBlank()) {
                errors.add("name", "Enter a name for the cohort");
            } else if (form.name().length() > 200) {
                errors.add("name", "Name must be 200 characters or fewer");
            }
            if (everyone.isEmpty()) {
                errors.add("nominees", "Enter the HR ids of the people to place, tick them in a search, or upload a CSV");
            } else if (everyone.size() > 20_000) {
                errors.add("nominees", "A cohort can have at most 20,000 nominees");
            }
            if (sessionIds.isEmpty()) {
                errors.add("sessions", "Select at least one session to place people in");
            }
            if (!errors.any()) {
                try {
                    String id = cohorts.propose(key, form.name(), everyone, sessionIds, chosenStrategy);
                    return Response.seeOther(UriBuilder.fromPath("/cohorts/{id}").build(id)).build();
                } catch (ServiceRefusedException e) {
                    if (e.status() == 403) {
                        throw e;
                    }
                    errors = FormErrors.from(NomineeList.naming(e.problem(), everyone), Map.of("name", "name", "nominees", "nominees",
                            "sessions", "sessions"), "nominees");
                    // a refused proposal was not kept: the next press is a new request
                    form = new CohortForm(form.name(), form.nominees(), form.q(), sessionIds, form.process(),
                            form.module(), form.month(), chosenStrategy, UUID.randomUUID().toString());
                }
            }
        }
        boolean searched = "search".equals(action) && !form.q().isBlank();
        List<BookingData.Person> found = searched ? cohorts.people(form.q()) : List.of();
        Page<Candidate> candidates = cohorts.candidates(SessionsPages.blankToNull(form.process()),
                SessionsPages.blankToNull(form.module()), chosenMonth, "more-sessions".equals(action) ? cursor : null);
        return Response.status(errors.any() ? 422 : 200).entity(Templates.form(form, found, searched, cohorts.chosen(sessionIds), candidates,
                PROCESSES, errors)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance proposal(@PathParam("id") String id, @RestQuery String confirmed) {
        Proposal proposal = cohorts.proposal(id);
        return Templates.proposal(proposal, confirmed != null && proposal.confirmed()
                ? proposal.placed() + " people have confirmed places." : null);
    }

    @POST
    @Path("{id}/confirm")
    public Response confirm(@PathParam("id") String id) {
        cohorts.confirm(id);
        return Response.seeOther(UriBuilder.fromPath("/cohorts/{id}").queryParam("confirmed", "true").build(id)).build();
    }

    private static String csv(FileUpload csv, FormErrors errors) {
        if (csv == null || csv.fileName() == null || csv.fileName().isBlank() || csv.size() == 0) {
            return null;
        }
        if (csv.size() > MAX_CSV_BYTES) {
            errors.add("csv", "The file must be smaller than 1 MB");
            return null;
        }
        try {
            String text = Files.readString(csv.uploadedFile(), StandardCharsets.UTF_8);
            if (NomineeList.of(null, List.of(), text).isEmpty()) {
                errors.add("csv", "The file has no HR ids: put them in a column headed hrId, or in the first column");
            }
            return text;
        } catch (java.nio.charset.MalformedInputException e) {
            errors.add("csv", "The file must be a CSV saved as UTF-8 text");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YearMonth month(String month, FormErrors errors) {
        if (SessionsPages.blankToNull(month) == null) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            errors.add("month", "Enter the month as a year and month, like 2027-03");
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
