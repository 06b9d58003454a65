package org.iwtraining.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.Webhook;
import org.iwtraining.booking.webhooks.WebhookService;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;

@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "HR systems subscribe to events; deliveries are signed the Standard Webhooks way "
        + "(webhook-id, webhook-timestamp, webhook-signature: v1,base64 HMAC-SHA256 of id.timestamp.body keyed with the "
        + "secret's base64-decoded bytes) and retried for up to 3 days; 410 Gone disables the subscription")
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @RolesAllowed(Roles.HR_SYSTEM)
    @Audited(kind = "webhook")
    @Operation(operationId = "createWebhook",
            summary = "Subscribe a URL to event types; the answer carries the signing secret, once",
            description = "Roles: hr-system.")
    @APIResponse(responseCode = "201", description = "Subscribed; each delivery's body is a WebhookDeliveryBody (see the schemas)",
            content = @Content(schema = @Schema(implementation = WebhookCreatedView.class)))
    @APIResponse(responseCode = "400", description = "Missing or bad url, unknown event type")
    @APIResponse(responseCode = "422", description = "WEBHOOK_TARGET_REFUSED: the url is plain http or its host is an address "
            + "inside the network (loopback, private, link-local, multicast) and not listed in booking.webhooks.allow-hosts")
    public Response create(@Valid @NotNull WebhookRequest request) {
        Webhook webhook = webhooks.create(request.url(), request.events());
        return Response.created(UriBuilder.fromPath("/webhooks/{id}").build(webhook.id)).entity(WebhookCreatedView.from(webhook)).build();
    }

    @GET
    @RolesAllowed({ Roles.HR_SYSTEM, Roles.AUDITOR })
    @Operation(operationId = "listWebhooks",
            summary = "List subscriptions (without their secrets)", description = "Roles: hr-system, auditor.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    public Page<WebhookView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return webhooks.list(QueryParams.page(limit, cursor)).map(WebhookView::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_SYSTEM, Roles.AUDITOR })
    @Operation(operationId = "getWebhook",
            summary = "One subscription (without its secret)", description = "Roles: hr-system, auditor.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public WebhookView get(@PathParam("id") String id) {
        return webhooks.find(id).map(WebhookView::from).orElseThrow(() -> ApiException.notFound("Webhook", id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.HR_SYSTEM)
    @Audited(kind = "webhook", id = "id")
    @Operation(operationId = "deleteWebhook",
            summary = "Unsubscribe; deliveries still pending for it become FAILED", description = "Roles: hr-system.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public void delete(@PathParam("id") String id) {
        webhooks.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({ Roles.HR_SYSTEM, Roles.AUDITOR })
    @Operation(operationId = "listWebhookDeliveries",
            summary = "The subscription's deliveries, oldest first, with attempts and the last error",
            description = "Roles: hr-system, auditor.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Page<WebhookDeliveryView> deliveries(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return webhooks.deliveries(id, QueryParams.page(limit, cursor)).map(WebhookDeliveryView::from);
    }
}
