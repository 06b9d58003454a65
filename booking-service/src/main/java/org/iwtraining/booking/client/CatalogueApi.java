package org.iwtraining.booking.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** catalogue-service as booking-service reads it; only {@link CatalogueClient} calls it. */
@RegisterRestClient(configKey = "catalogue")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CatalogueApi {

    @GET
    @Path("/modules/{ref}")
    ModuleData module(@PathParam("ref") String ref);

    @GET
    @Path("/courses/{id}")
    CourseData course(@PathParam("id") String id);

    @POST
    @Path("/courses/check")
    CourseCheck.Answer checkCourse(CourseCheck.Question question);

    @GET
    @Path("/revision")
    Revision revision();

    @POST
    @Path("/eligibility/batch")
    EligibilityBatchAnswer eligibility(EligibilityBatchRequest request);

    record EligibilityBatchRequest(List<EligibilityCheck> checks) {
    }

    record Revision(String revision) {
    }

    record EligibilityBatchAnswer(List<EligibilityResult> results, String revision) {
    }
}
