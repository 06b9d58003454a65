package org.iwtraining.console.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.iwtraining.console.figures.Figures;
import org.iwtraining.console.figures.FiguresView;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Figures (coordinator, auditor): the cascade funnel and follow-up figures drawn and tabled, the booking reports for a
 * period (this calendar year unless one is chosen), and each report as a CSV download.
 */
@Path("/figures")
@Produces(MediaType.TEXT_HTML)
public class FiguresPages {

    private final Figures figures;

    FiguresPages(Figures figures) {
        this.figures = figures;
    }

    @CheckedTemplate(basePath = "figures")
    static class Templates {
        static native TemplateInstance figures(FiguresView view, String from, String to, FormErrors errors);
    }

    @GET
    public Response page(@RestQuery String from, @RestQuery String to) {
        FormErrors errors = FormErrors.none();
        LocalDate start = date("from", from, "The first day", errors);
        LocalDate end = date("to", to, "The last day", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("to", "The last day must be the same as or after the first day");
        }
        if (errors.any()) {
            // the figures of the default period, with the fields as typed and their errors
            return Response.status(422).entity(Templates.figures(figures.view(null, null), text(from), text(to), errors))
                    .build();
        }
        return Response.ok(Templates.figures(figures.view(start, end), text(from), text(to), errors)).build();
    }

    @GET
    @Path("reports/{report}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("report") String report, @RestQuery String from, @RestQuery String to) {
        if (!Figures.REPORTS.contains(report)) {
            throw new NotFoundException();
        }
        FormErrors ignored = FormErrors.none();
        LocalDate start = date("from", from, "The first day", ignored);
        LocalDate end = date("to", to, "The last day", ignored);
        if (ignored.any()) {
            // the figures page says what is wrong with the dates, by their fields
            return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/figures").queryParam("from", text(from))
                    .queryParam("to", text(to)).build()).build();
        }
        return Response.ok(figures.csv(report, start, end), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + report + "-report.csv\"").build();
    }

    private static LocalDate date(String field, String value, String label, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, label + " must be a date like 2027-01-31");
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
