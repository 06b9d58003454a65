package org.iwtraining.booking.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** followup-service's event receivers and its export of a person (its openapi.json); only {@link FollowupClient} calls them. */
@RegisterRestClient(configKey = "followup")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface FollowupApi {

    @POST
    @Path("/followups")
    Response openCase(JsonNode followupRequest);

    @POST
    @Path("/cascade-events")
    Response cascadeStarted(JsonNode cascadeEvent);

    @POST
    @Path("/person-events")
    Response personEvent(JsonNode personEvent);

    @POST
    @Path("/erasures")
    Response erase(JsonNode erasure);

    @GET
    @Path("/people/{personId}/export")
    Response export(@PathParam("personId") String personId);
}
