package org.iwtraining.console.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.iwtraining.console.calls.CallForm;
import org.iwtraining.console.calls.Calls;
import org.iwtraining.console.calls.CaseView;
import org.iwtraining.console.calls.QueueLine;
import org.iwtraining.console.client.CallsData;
import org.iwtraining.console.client.Page;
import org.iwtraining.console.client.ServiceRefusedException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * My calls (caller): the calls due today and overdue with the trainers' contact details, a case with its calls and
 * cascades and the form to record a call, and the calendar subscription. The calendar's secret is shown once, on
 * the page that answers "Get a new link", and never stored or cached by the console.
 */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
public class CallPages {

    private final Calls calls;

    CallPages(Calls calls) {
        this.calls = calls;
    }

    @CheckedTemplate(basePath = "calls")
    static class Templates {
        static native TemplateInstance queue(CallsData.Caller caller, Page<QueueLine> queue, String cursor);

        static native TemplateInstance notACaller();

        static native TemplateInstance followup(CaseView followup, CallForm form, Map<String, String> outcomes,
                Map<String, String> receptions, Map<String, String> barriers, String banner, FormErrors errors);

        static native TemplateInstance calendar(CallsData.CalendarToken link);
    }

    @GET
    public Response queue(@RestQuery String cursor) {
        return calls.me().map(caller -> Response.ok(Templates.queue(caller, calls.queue(caller.id(), cursor), cursor)))
                .orElseGet(() -> Response.status(403).entity(Templates.notACaller())).build();
    }

    @GET
    @Path("cases/{id}")
    public TemplateInstance followup(@PathParam("id") String id, @RestQuery String recorded) {
        CaseView followup = calls.followup(id);
        String banner = recorded == null ? null : followup.open()
                ? "The call has been recorded. The next call is due on " + followup.nextCallDue() + "."
                : "The call has been recorded. " + followup.standing() + ".";
        return page(followup, CallForm.empty(), banner, FormErrors.none());
    }

    @POST
    @Path("cases/{id}/calls")
    public Response record(@PathParam("id") String id, @RestForm String outcome, @RestForm String notes,
            @RestForm String materialsReception, @RestForm String materialsFeedback, @RestForm List<String> barriers,
            @RestForm String supportRequested, @RestForm("plannedCascadeOn-day") String plannedDay,
            @RestForm("plannedCascadeOn-month") String plannedMonth, @RestForm("plannedCascadeOn-year") String plannedYear,
            @RestForm("cascadeStartedOn-day") String startedDay, @RestForm("cascadeStartedOn-month") String startedMonth,
            @RestForm("cascadeStartedOn-year") String startedYear) {
        CallForm form = new CallForm(outcome, notes, materialsReception, materialsFeedback, barriers, supportRequested,
                new CallForm.DateField(plannedDay, plannedMonth, plannedYear),
                new CallForm.DateField(startedDay, startedMonth, startedYear));
        FormErrors errors = FormErrors.none();
        CallForm.Checked checked = form.check(errors::add);
        if (checked != null) {
            try {
                calls.record(id, checked);
                return Response.seeOther(UriBuilder.fromPath("/calls/cases/{id}").queryParam("recorded", "true")
                        .build(id)).build();
            } catch (ServiceRefusedException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                errors = FormErrors.from(e.problem(), Map.of("outcome", "outcome", "notes", "notes",
                        "materialsReception", "materialsReception", "materialsFeedback", "materialsFeedback",
                        "barriers", "barriers", "supportRequested", "supportRequested",
                        "plannedCascadeOn", "plannedCascadeOn", "cascadeStartedOn", "cascadeStartedOn"), "outcome");
            }
        }
        return Response.status(422).entity(page(calls.followup(id), form, null, errors)).build();
    }

    /** A new calendar link: shown once, here; the page is not cached anywhere, so the secret stays with the caller. */
    @POST
    @Path("calendar")
    public Response newCalendarLink() {
        CallsData.Caller caller = calls.me().orElse(null);
        if (caller == null) {
            return Response.status(403).entity(Templates.notACaller()).build();
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Templates.calendar(calls.newCalendarLink(caller.id()))).cacheControl(noStore).build();
    }

    private static TemplateInstance page(CaseView followup, CallForm form, String banner, FormErrors errors) {
        return Templates.followup(followup, form, CallForm.outcomes(), CallForm.receptions(), CallForm.barrierChoices(),
                banner, errors);
    }
}
