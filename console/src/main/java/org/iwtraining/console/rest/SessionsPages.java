package org.iwtraining.console.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iwtraining.console.catalogue.Catalogue;
import org.iwtraining.console.client.Page;
import org.iwtraining.console.sessions.SessionFilter;
import org.iwtraining.console.sessions.SessionSummary;
import org.iwtraining.console.sessions.Sessions;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Upcoming sessions (coordinator, agency lead), with places left and each one's agency mix, filtered and paged. */
@Path("/sessions")
@Produces(MediaType.TEXT_HTML)
public class SessionsPages {

    private final Sessions sessions;
    private final Catalogue catalogue;

    SessionsPages(Sessions sessions, Catalogue catalogue) {
        this.sessions = sessions;
        this.catalogue = catalogue;
    }

    @CheckedTemplate(basePath = "sessions")
    static class Templates {
        static native TemplateInstance list(Page<SessionSummary> page, Filters filters, List<Catalogue.Option> processes,
                FormErrors errors, String nextLink);
    }

    /** The filter form as it was sent, to show it again. */
    public record Filters(String process, String module, String month, boolean hasSpace) {

        /** The query string of these filters, for the next page's link. */
        String query() {
            StringBuilder query = new StringBuilder();
            append(query, "process", process);
            append(query, "module", module);
            append(query, "month", month);
            if (hasSpace) {
                append(query, "hasSpace", "true");
            }
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isBlank()) {
                query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @GET
    public TemplateInstance list(@RestQuery String process, @RestQuery String module, @RestQuery String month,
            @RestQuery String hasSpace, @RestQuery String cursor) {
        Filters filters = new Filters(blankToNull(process), blankToNull(module), blankToNull(month), "true".equals(hasSpace));
        FormErrors errors = FormErrors.none();
        YearMonth chosenMonth = null;
        if (filters.month() != null) {
            try {
                chosenMonth = YearMonth.parse(filters.month());
            } catch (DateTimeParseException e) {
                errors.add("month", "Enter the month as a year and month, like 2027-03");
            }
        }
        List<Catalogue.Option> processes = catalogue.processOptions();
        Page<SessionSummary> page = errors.any() ? new Page<>(List.of(), null)
                : sessions.list(new SessionFilter(filters.process(), filters.module() == null ? null : filters.module().toUpperCase(java.util.Locale.ROOT),
                        chosenMonth, filters.hasSpace()), blankToNull(cursor));
        String next = page.next() == null ? null
                : "/sessions?cursor=" + java.net.URLEncoder.encode(page.next(), java.nio.charset.StandardCharsets.UTF_8) + filters.query();
        return Templates.list(page, filters, processes, errors, next);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
