package org.iwtraining.console.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalogue-service as the console reads it; only {@link CatalogueClient} calls it. */
@RegisterRestClient(configKey = "catalogue")
@RegisterClientHeaders(SignedInBearer.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CatalogueApi {

    @GET
    @Path("/modules")
    Page<CatalogueData.Module> modules(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/processes")
    Page<CatalogueData.Process> processes(@QueryParam("limit") int limit);

    @GET
    @Path("/audiences")
    Page<CatalogueData.Audience> audiences(@QueryParam("limit") int limit);

    @GET
    @Path("/plan")
    CatalogueData.Plan plan();

    @GET
    @Path("/routes/{audience}")
    CatalogueData.Route route(@PathParam("audience") String audience);

    @POST
    @Path("/next-steps")
    CatalogueData.NextSteps nextSteps(CatalogueData.NextStepsQuestion question);
}
