package org.iwtraining.console.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** followup-service as the console reads and writes it; only {@link FollowupClient} calls it. */
@RegisterRestClient(configKey = "followup")
@RegisterClientHeaders(SignedInBearer.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface FollowupApi {

    @GET
    @Path("/followups")
    Page<FollowupData.Case> cases(@QueryParam("personId") String personId, @QueryParam("limit") int limit);
}
