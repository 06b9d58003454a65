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

    @GET
    @Path("/callers/me")
    CallsData.Caller ownCaller();

    @GET
    @Path("/callers/{id}/queue")
    Page<CallsData.QueueItem> queue(@PathParam("id") String callerId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/followups/{id}")
    CallsData.CaseDetail followup(@PathParam("id") String id);

    @POST
    @Path("/followups/{id}/calls")
    CallsData.CaseDetail recordCall(@PathParam("id") String id, CallsData.CallQuestion call);

    @POST
    @Path("/callers/{id}/calendar-token")
    CallsData.CalendarToken calendarToken(@PathParam("id") String callerId);

    @GET
    @Path("/stats")
    CallsData.Stats stats();

    @GET
    @Path("/stats/funnel")
    CallsData.Funnel funnel();
}
