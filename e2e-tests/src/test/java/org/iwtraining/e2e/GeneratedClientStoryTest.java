package org.iwtraining.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.iwtraining.clients.booking.api.AgenciesApi;
import org.iwtraining.clients.booking.api.BookingsApi;
import org.iwtraining.clients.booking.api.PeopleApi;
import org.iwtraining.clients.booking.api.SessionsApi;
import org.iwtraining.clients.booking.api.WebhooksApi;
import org.iwtraining.clients.booking.model.AgencyRequest;
import org.iwtraining.clients.booking.model.AttendanceRequest;
import org.iwtraining.clients.booking.model.AttendanceStatus;
import org.iwtraining.clients.booking.model.Audience;
import org.iwtraining.clients.booking.model.BookingRequest;
import org.iwtraining.clients.booking.model.BookingStatus;
import org.iwtraining.clients.booking.model.BookingView;
import org.iwtraining.clients.booking.model.CompletionRecordedEvent;
import org.iwtraining.clients.booking.model.ImportView;
import org.iwtraining.clients.booking.model.PageSessionView;
import org.iwtraining.clients.booking.model.PersonRequest;
import org.iwtraining.clients.booking.model.PersonUpdatedEvent;
import org.iwtraining.clients.booking.model.PersonView;
import org.iwtraining.clients.booking.model.RowResult;
import org.iwtraining.clients.booking.model.Sector;
import org.iwtraining.clients.booking.model.SessionRequest;
import org.iwtraining.clients.booking.model.SessionView;
import org.iwtraining.clients.booking.model.WebhookCreatedView;
import org.iwtraining.clients.booking.model.WebhookRequest;
import org.iwtraining.clients.catalogue.api.ModulesApi;
import org.iwtraining.clients.catalogue.model.ModuleView;
import org.iwtraining.clients.catalogue.model.PageModuleView;
import org.iwtraining.clients.followup.api.FollowUpCasesApi;
import org.iwtraining.clients.followup.model.CaseStatus;
import org.iwtraining.clients.followup.model.CaseView;
import org.iwtraining.clients.followup.model.PageCaseView;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HR integrator's story told only through the clients the build generates from the checked-in OpenAPI
 * documents (module {@code clients}), with tokens got as an integrator gets them (client credentials from the
 * suite's OIDC provider, one role each): the HR system loads agencies and people (one upsert, one import),
 * subscribes to a webhook; a coordinator creates sessions, books, reads the booking back and pages through the
 * sessions until {@code next} is absent; a train-the-trainer session's attendance opens a follow-up case read
 * from followup-service; the HR system's webhook deliveries verify with the Standard Webhooks reference library
 * and read as the published event schema. A document a generated client misreads fails here.
 */
class GeneratedClientStoryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void shouldTellTheHrIntegratorsStoryThroughTheGeneratedClients() throws Exception {
        try (WebhookReceiver hr = new WebhookReceiver();
                Suite suite = Suite.start(Map.of(
                        "BOOKING_OUTBOX_EVERY", "1s",
                        "BOOKING_OUTBOX_FIRST_RETRY", "1S",
                        "BOOKING_OUTBOX_MAX_RETRY_DELAY", "2S"), 1)) {
            String booking = suite.bookings.get(0).url();
            var hrBooking = bookingClient(booking, suite.oidc.clientCredentials("hr-system", "hr-system", null));
            var coordinatorBooking = bookingClient(booking, suite.oidc.clientCredentials("coordinator-1", "coordinator", null));

            List<String> introductoryModules = catalogueOffersTheIntroductions(suite);
            hrLoadsAgenciesAndPeople(hrBooking);
            String secret = hrSubscribes(hrBooking, hr.url());
            hr.useSecret(secret);
            coordinatorCreatesBooksAndPages(coordinatorBooking, introductoryModules);
            LocalDate trainingEnded = trainTheTrainerSessionIsAttended(coordinatorBooking);
            followupOpensTheTrainersCase(suite, trainingEnded);
            hrChangesANameAndHearsOfIt(hrBooking, hr);
        }
    }

    /** The catalogue, paged through its generated client: the 26 modules, the introductory two among them. */
    private List<String> catalogueOffersTheIntroductions(Suite suite) throws Exception {
        var api = new org.iwtraining.clients.catalogue.ApiClient()
                .setRequestInterceptor(bearer(suite.oidc.clientCredentials("viewer-1", "viewer", null)));
        api.updateBaseUri(suite.catalogue.url());
        ModulesApi modules = new ModulesApi(api);
        List<ModuleView> all = new ArrayList<>();
        String cursor = null;
        do {
            PageModuleView page = modules.listModules(null, cursor, 10, null, null, null, null);
            all.addAll(page.getItems());
            cursor = page.getNext();
        } while (cursor != null && all.size() < 1000);
        assertEquals(26, all.size());
        Set<String> refs = all.stream().map(ModuleView::getRef).collect(Collectors.toSet());
        assertTrue(refs.containsAll(Set.of("IW01", "CAF01", "CAF03")), refs.toString());
        return List.of("IW01", "CAF01");
    }

    private static void hrLoadsAgenciesAndPeople(BookingClient hr) throws Exception {
        hr.agencies.createAgency(new AgencyRequest().code("CSC").name("Children's Social Care").sector(Sector.SOCIAL_CARE));
        hr.agencies.createAgency(new AgencyRequest().code("NHS-NORTH").name("North Community Health Trust").sector(Sector.HEALTH));

        var created = hr.people.upsertPersonWithHttpInfo("HR-1", person("Sam", "Jones", "CSC", Audience.PRACTITIONER), null);
        assertEquals(201, created.getStatusCode());
        var again = hr.people.upsertPersonWithHttpInfo("HR-1", person("Sam", "Jones", "CSC", Audience.PRACTITIONER), null);
        assertEquals(200, again.getStatusCode(), "the same upsert again changes nothing");
        assertEquals(created.getData().getVersion(), again.getData().getVersion());

        ImportView imported = hr.people.importPeople(List.of(
                Map.of("hrId", "HR-2", "givenName", "Asha", "familyName", "Patel", "agencyCode", "NHS-NORTH", "audience", "PRACTITIONER"),
                Map.of("hrId", "HR-3", "givenName", "Lee", "familyName", "Ward", "agencyCode", "CSC", "audience", "TRAINER"),
                Map.of("hrId", "HR-4", "givenName", "Kim", "familyName", "Cole", "agencyCode", "NOWHERE", "audience", "PRACTITIONER")),
                null, null, null);
        assertEquals(2, imported.getCreated());
        assertEquals(1, imported.getRejected());
        assertEquals(List.of(RowResult.CREATED, RowResult.CREATED, RowResult.REJECTED),
                imported.getRows().stream().map(r -> r.getResult()).toList());
        PersonView trainer = hr.people.getPerson("HR-3");
        assertEquals(Audience.TRAINER, trainer.getAudience());
        assertNull(trainer.getLeftAt());
    }

    private static String hrSubscribes(BookingClient hr, String url) throws Exception {
        WebhookCreatedView created = hr.webhooks.createWebhook(new WebhookRequest().url(url)
                .events(List.of("person.updated", "completion.recorded")));
        assertTrue(created.getSecret().startsWith("whsec_"), created.getSecret());
        assertEquals(List.of("person.updated", "completion.recorded"), hr.webhooks.getWebhook(created.getId()).getEvents());
        return created.getSecret();
    }

    /**
     * Three sessions, a booking read back by its id, then every session in pages of two until {@code next} is
     * absent: a generated paging loop ends.
     */
    private static void coordinatorCreatesBooksAndPages(BookingClient coordinator, List<String> modules) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40).truncatedTo(ChronoUnit.HOURS);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SessionRequest request = new SessionRequest().title("IW and CAF introduction " + i).venue("Civic Centre")
                    .moduleRefs(modules).capacity(12).startsAt(start.plusDays(i)).endsAt(start.plusDays(i).plusHours(3));
            sessions.add(createSession(coordinator, request).getId());
        }
        BookingView booked = coordinator.sessions.bookSession(sessions.get(0), new BookingRequest().personId("HR-1"),
                UUID.randomUUID().toString());
        assertEquals(BookingStatus.CONFIRMED, booked.getStatus());
        BookingView read = coordinator.bookings.getBooking(booked.getId());
        assertEquals(booked.getId(), read.getId());
        assertEquals("HR-1", read.getPersonId());
        assertEquals(sessions.get(0), read.getSessionId());
        assertEquals(1, coordinator.sessions.getSession(sessions.get(0)).getConfirmed());

        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PageSessionView page = coordinator.sessions.listSessions(cursor, null, null, null, 2, null, null, null, null);
            page.getItems().forEach(s -> listed.add(s.getId()));
            cursor = page.getNext();
            pages++;
        } while (cursor != null && pages < 10);
        assertNull(cursor, "the last page has no next");
        assertEquals(2, pages);
        assertEquals(sessions, listed);
    }

    /** A CAF train-the-trainer session that took place and its attendance: the trainer completes CAF03. */
    private static LocalDate trainTheTrainerSessionIsAttended(BookingClient coordinator) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(15).truncatedTo(ChronoUnit.DAYS).plusHours(9);
        SessionView session = createSession(coordinator, new SessionRequest().title("Train-the-trainer: CAF")
                .moduleRefs(List.of("CAF03")).capacity(12).startsAt(start).endsAt(start.plusHours(6)));
        coordinator.sessions.recordAttendance(session.getId(),
                List.of(new AttendanceRequest().personId("HR-3").status(AttendanceStatus.ATTENDED)));
        return start.plusHours(6).atZoneSameInstant(LONDON).toLocalDate();
    }

    /** booking-service's outbox opens the trainer's case in followup-service, read through its own client. */
    private static void followupOpensTheTrainersCase(Suite suite, LocalDate trainingEnded) {
        var api = new org.iwtraining.clients.followup.ApiClient()
                .setRequestInterceptor(bearer(suite.oidc.clientCredentials("coordinator-1", "coordinator", null)));
        api.updateBaseUri(suite.followups.get(0).url());
        FollowUpCasesApi followups = new FollowUpCasesApi(api);
        AtomicReference<PageCaseView> cases = new AtomicReference<>();
        await("the trainer's follow-up case").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            cases.set(followups.listFollowups(null, null, null, null, "HR-3", null, null));
            return !cases.get().getItems().isEmpty();
        });
        assertEquals(1, cases.get().getItems().size());
        CaseView found = cases.get().getItems().get(0);
        assertEquals("CAF03", found.getModuleRef());
        assertEquals(CaseStatus.OPEN, found.getStatus());
        assertEquals(trainingEnded, found.getTrainingEndedOn());
        assertNotNull(found.getNextCallDue());
    }

    /**
     * The trainer's completion and a changed name reach the HR system, each verified by the reference library and
     * read as the document's delivery body.
     */
    private static void hrChangesANameAndHearsOfIt(BookingClient hr, WebhookReceiver receiver) throws Exception {
        hr.people.upsertPerson("HR-1", person("Sam", "Jones-Okafor", "CSC", Audience.PRACTITIONER), null);
        await("two webhook deliveries").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> receiver.countsById().size() >= 2);
        ObjectMapper json = new org.iwtraining.clients.booking.JSON().getMapper();
        Map<String, JsonNode> byType = new HashMap<>();
        for (WebhookReceiver.Delivery delivery : receiver.deliveries()) {
            assertTrue(delivery.signatureValid(), "a signature did not verify: " + delivery.body());
            JsonNode body = json.readTree(delivery.body());
            byType.put(body.get("type").asText(), body.get("data"));
        }
        assertEquals(Set.of("completion.recorded", "person.updated"), byType.keySet());
        // each payload read as its published event schema, by the generated model of that event
        PersonUpdatedEvent updated = json.treeToValue(byType.get("person.updated"), PersonUpdatedEvent.class);
        assertEquals("HR-1", updated.getPersonId());
        assertEquals("Sam Jones-Okafor", updated.getName());
        CompletionRecordedEvent completed = json.treeToValue(byType.get("completion.recorded"), CompletionRecordedEvent.class);
        assertEquals("HR-3", completed.getPersonId());
        assertEquals("CAF03", completed.getModuleRef());
    }

    /** Freshly started, booking-service may answer its first catalogue-backed call 503 (a timeout): retried, as a client would. */
    private static SessionView createSession(BookingClient coordinator, SessionRequest request) {
        AtomicReference<SessionView> created = new AtomicReference<>();
        await("a session created").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            try {
                created.set(coordinator.sessions.createSession(request, UUID.randomUUID().toString()));
                return true;
            } catch (org.iwtraining.clients.booking.ApiException e) {
                if (e.getCode() == 503) {
                    return false;
                }
                throw e;
            }
        });
        return created.get();
    }

    private static PersonRequest person(String given, String family, String agency, Audience audience) {
        return new PersonRequest().givenName(given).familyName(family).agencyCode(agency).audience(audience)
                .email(given.toLowerCase() + "@example.org").shareContactConsent(true);
    }

    private static java.util.function.Consumer<java.net.http.HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }

    private static BookingClient bookingClient(String url, String token) {
        var api = new org.iwtraining.clients.booking.ApiClient().setRequestInterceptor(bearer(token));
        api.updateBaseUri(url);
        return new BookingClient(new AgenciesApi(api), new PeopleApi(api), new SessionsApi(api), new BookingsApi(api),
                new WebhooksApi(api));
    }

    /** booking-service's generated APIs, as one integrator (one token) holds them. */
    private record BookingClient(AgenciesApi agencies, PeopleApi people, SessionsApi sessions, BookingsApi bookings,
            WebhooksApi webhooks) {
    }
}
