package org.iwtraining.console.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iwtraining.console.client.Page;
import org.iwtraining.console.layout.Viewer;
import org.iwtraining.console.people.People;
import org.iwtraining.console.people.PersonLine;
import org.iwtraining.console.people.PersonRecord;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** People (coordinator, agency lead: the service gives an agency lead their own agency's people only). */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PeoplePages {

    private final People people;
    private final Viewer viewer;

    PeoplePages(People people, Viewer viewer) {
        this.people = people;
        this.viewer = viewer;
    }

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance search(String q, Page<PersonLine> page, String nextLink);

        static native TemplateInstance person(PersonRecord record);
    }

    @GET
    public TemplateInstance search(@RestQuery String q, @RestQuery String cursor) {
        String query = SessionsPages.blankToNull(q);
        Page<PersonLine> page = people.search(query, SessionsPages.blankToNull(cursor));
        String next = page.next() == null ? null : "/people?cursor=" + encode(page.next()) + (query == null ? "" : "&q=" + encode(query));
        return Templates.search(query, page, next);
    }

    @GET
    @Path("{hrId}")
    public TemplateInstance person(@PathParam("hrId") String hrId) {
        return Templates.person(people.record(hrId, viewer.has("coordinator") || viewer.has("auditor")));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
