package org.iwtraining.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.iwtraining.conventions.testing.ContractValidation;
import org.iwtraining.e2e.RequestGenerator.FuzzRequest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation of the three services' served OpenAPI documents ({@code /q/openapi?format=json}), fuzzed over real
 * HTTP against the packaged services, each request with a token holding every role. Each operation gets
 * {@code fuzz.requests} (200) generated requests: 40 % valid ones drawn from its schemas, with ids mostly from the
 * data {@link FuzzSeed} created through the APIs first, and 60 % broken in one place ({@link RequestGenerator}).
 * <p>
 * It fails on any answer 500 or above, any status the document does not list for the operation, any body that does
 * not match the documented schema for its status and media type ({@link ContractValidation.Contract#checkAnswer}),
 * any {@code application/problem+json} body without {@code type}, {@code title} and a {@code status} equal to the
 * answer's, any request unanswered within 30 s; and on any operation where fewer than 30 % of its <em>valid</em>
 * requests got past validation and authorisation — <b>accepted</b> here means answered anything but 400, 401, 403 or
 * 415 (a 404 for an erased id, a 409, a 412 or a 422 business refusal all mean the request reached the rules).
 * <p>
 * Operations that destroy seeded data (deletes, cancellations, erasures, leavers, closing a case) run after all
 * the others, so the seed stays usable for them. Randomness is seeded: the seed is printed at the start and with
 * every failure, and {@code -Dfuzz.seed=N} replays it (the answers can still differ where the order of concurrent
 * requests matters); {@code -Dfuzz.operations=/sessions} narrows the run to operations whose path contains it.
 */
class FuzzEveryOperationTest {

    private static final long SEED = Long.getLong("fuzz.seed", new Random().nextLong());
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 200);
    private static final int THREADS = Integer.getInteger("fuzz.threads", 12);
    private static final String ONLY = System.getProperty("fuzz.operations", "");
    private static final int VALID_PERCENT = 40;
    private static final double LEAST_ACCEPTED = 0.30;
    private static final List<Integer> NOT_ACCEPTED = List.of(400, 401, 403, 415);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String OVERSIZED = RequestGenerator.OVERSIZED;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One service's served document and what was seeded in it. */
    private record Service(String name, String url, ContractValidation.Contract contract, RequestGenerator generator) {
    }

    private record Operation(Service service, String method, String template) {

        String key() {
            return service.name + " " + method + " " + template;
        }

        /** Deletes, cancellations, erasures, leavers, closing a case, a confirmed cohort: run last. */
        boolean destructive() {
            return method.equals("DELETE") || template.endsWith("/erasure") || template.endsWith("/cancel")
                    || template.equals("/erasures") || template.equals("/person-events") || template.endsWith("/close");
        }
    }

    /** What one operation got. */
    private static final class Tally {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger valid = new AtomicInteger();
        final AtomicInteger accepted = new AtomicInteger();
        final Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        /** A few valid requests that were refused, and why: what to look at when an operation accepts too few. */
        final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        long millis;
    }

    private record Finding(String operation, String request, String what) {
    }

    @Test
    void shouldAnswerEveryGeneratedRequestWithinItsDocumentedContract() throws Exception {
        System.out.println("FuzzEveryOperationTest: seed " + SEED + " (replay with -Dfuzz.seed=" + SEED + "), "
                + REQUESTS + " requests per operation, " + THREADS + " at once");
        long started = System.nanoTime();
        try (Suite suite = Suite.start(Map.of(), 1)) {
            String token = suite.token();
            FuzzSeed seed = new FuzzSeed(suite, token).seed();
            long seeded = System.nanoTime();
            List<Operation> operations = new ArrayList<>();
            for (Service service : List.of(service("catalogue-service", suite.catalogue.url(), seed.catalogue),
                    service("booking-service", suite.bookings.get(0).url(), seed.booking),
                    service("followup-service", suite.followups.get(0).url(), seed.followup))) {
                service.contract.document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
                    if (!method.getKey().equals("parameters") && path.getKey().contains(ONLY)) {
                        operations.add(new Operation(service, method.getKey().toUpperCase(Locale.ROOT), path.getKey()));
                    }
                }));
            }
            operations.sort(Comparator.comparing(Operation::destructive));
            Map<String, Tally> tallies = new java.util.LinkedHashMap<>();
            ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
            ExecutorService workers = Executors.newFixedThreadPool(THREADS);
            try {
                for (Operation operation : operations) {
                    Tally tally = new Tally();
                    tallies.put(operation.key(), tally);
                    long opStarted = System.nanoTime();
                    List<Future<?>> running = new ArrayList<>();
                    for (int i = 0; i < REQUESTS; i++) {
                        int index = i;
                        running.add(workers.submit(() -> {
                            fuzzOnce(operation, index, token, tally, findings);
                            return null;
                        }));
                    }
                    for (Future<?> request : running) {
                        request.get();
                    }
                    tally.millis = (System.nanoTime() - opStarted) / 1_000_000;
                    int valid = tally.valid.get();
                    if (valid > 0 && tally.accepted.get() < LEAST_ACCEPTED * valid) {
                        findings.add(new Finding(operation.key(), "its valid requests", "only " + tally.accepted.get()
                                + " of " + valid + " valid requests got past validation and authorisation, statuses "
                                + tally.statuses));
                    }
                }
            } finally {
                workers.shutdownNow();
            }
            String report = report(operations, tallies, findings, (seeded - started) / 1_000_000,
                    (System.nanoTime() - seeded) / 1_000_000);
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fuzz-report.txt"), report);
            if (!findings.isEmpty()) {
                fail("fuzzing (seed " + SEED + ", replay with -Dfuzz.seed=" + SEED + ") found " + findings.size()
                        + " answers outside the contract, the first ones:\n" + shown(findings)
                        + "\nthe whole report: e2e-tests/target/fuzz-report.txt");
            }
        }
    }

    private static Service service(String name, String url, Pools pools) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/openapi?format=json"))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(name + " /q/openapi answered " + answer.statusCode());
        }
        JsonNode document = JSON.readTree(answer.body());
        return new Service(name, url, ContractValidation.Contract.of(name, document), new RequestGenerator(document, pools));
    }

    private static void fuzzOnce(Operation operation, int index, String token, Tally tally, ConcurrentLinkedQueue<Finding> findings)
            throws InterruptedException {
        Random random = new Random(SEED * 1_000_003L + operation.key().hashCode() * 7_919L + index);
        boolean valid = random.nextInt(100) < VALID_PERCENT;
        FuzzRequest request = operation.service.generator.generate(operation.template, operation.method, random, valid);
        String where = operation.key() + " #" + index + ": " + request.describe();
        try {
            String etag = request.wantsEtag() ? etag(operation.service.url + request.target().split("\\?", 2)[0], token) : null;
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(operation.service.url + request.target()))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            if (etag != null) {
                builder.header("If-Match", etag);
            }
            HttpResponse<byte[]> answer = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = answer.statusCode();
            tally.sent.incrementAndGet();
            tally.statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (valid) {
                tally.valid.incrementAndGet();
                if (!NOT_ACCEPTED.contains(status)) {
                    tally.accepted.incrementAndGet();
                } else if (tally.refused.size() < 3) {
                    String body = new String(answer.body(), StandardCharsets.UTF_8);
                    tally.refused.add(request.describe() + "\n      → " + status + " " + (body.length() > 300 ? body.substring(0, 300) : body));
                }
            }
            String contentType = answer.headers().firstValue("Content-Type").orElse(null);
            List<String> violations = new ArrayList<>();
            if (status >= 500) {
                violations.add("answered " + status);
            }
            violations.addAll(operation.service.contract.checkAnswer(operation.method, operation.template,
                    "→ " + status, new ContractValidation.Answer(status, name -> answer.headers().firstValue(name).orElse(null),
                            contentType, answer.body())));
            if (contentType != null && contentType.startsWith("application/problem+json")) {
                checkProblem(status, answer.body(), violations);
            }
            if (!violations.isEmpty()) {
                String body = new String(answer.body(), StandardCharsets.UTF_8);
                findings.add(new Finding(operation.key(), where, String.join("; ", violations) + " — body: "
                        + (body.length() > 500 ? body.substring(0, 500) + "…" : body)));
            }
        } catch (IOException e) {
            // a body over the size limit may be refused with 413 while it is still being sent, and the connection
            // closed (RFC 9110, 15.5.14): a client still writing sees no answer. (Expect: 100-continue would avoid
            // it, but Java 17's HttpClient hangs when the answer to it is a final status.)
            if (!OVERSIZED.equals(request.mutation())) {
                findings.add(new Finding(operation.key(), where, "no answer: " + e));
            }
        } catch (RuntimeException e) {
            findings.add(new Finding(operation.key(), where, "no answer: " + e));
        }
    }

    private static void checkProblem(int status, byte[] body, List<String> violations) {
        try {
            JsonNode problem = JSON.readTree(body);
            for (String member : List.of("type", "title", "status")) {
                if (!problem.hasNonNull(member)) {
                    violations.add("a problem without " + member);
                }
            }
            if (problem.path("status").asInt() != status) {
                violations.add("a problem whose status " + problem.path("status") + " is not the answer's " + status);
            }
        } catch (IOException e) {
            violations.add("a problem that is not JSON");
        }
    }

    /** The current ETag of the resource a PUT changes, as a client would read it before sending If-Match. */
    private static String etag(String url, String token) throws IOException, InterruptedException {
        HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding());
        return answer.statusCode() == 200 ? answer.headers().firstValue("ETag").orElse(null) : null;
    }

    private static String shown(ConcurrentLinkedQueue<Finding> findings) {
        // a few of each operation, so one noisy operation does not hide the others
        Map<String, List<Finding>> byOperation = new TreeMap<>();
        findings.forEach(f -> byOperation.computeIfAbsent(f.operation, k -> new ArrayList<>()).add(f));
        StringBuilder text = new StringBuilder();
        byOperation.forEach((operation, list) -> {
            text.append("- ").append(operation).append(" (").append(list.size()).append(")\n");
            list.stream().limit(3).forEach(f -> text.append("    ").append(f.request).append("\n      ").append(f.what).append('\n'));
        });
        return text.length() > 60_000 ? text.substring(0, 60_000) + "…" : text.toString();
    }

    private static String report(List<Operation> operations, Map<String, Tally> tallies, ConcurrentLinkedQueue<Finding> findings,
            long seedMillis, long fuzzMillis) {
        StringBuilder text = new StringBuilder("fuzz report, seed " + SEED + ": " + operations.size() + " operations, seeded in "
                + seedMillis + " ms, fuzzed in " + fuzzMillis + " ms\n");
        Map<String, int[]> perService = new TreeMap<>();
        for (Operation operation : operations) {
            Tally tally = tallies.get(operation.key());
            if (tally == null) {
                continue;
            }
            int[] sums = perService.computeIfAbsent(operation.service.name, k -> new int[3]);
            sums[0] += tally.sent.get();
            sums[1] += tally.valid.get();
            sums[2] += tally.accepted.get();
            text.append(String.format(Locale.ROOT, "%-60s sent %4d valid %3d accepted %3d (%3.0f %%) %5d ms %s%n", operation.key(),
                    tally.sent.get(), tally.valid.get(), tally.accepted.get(),
                    tally.valid.get() == 0 ? 0.0 : 100.0 * tally.accepted.get() / tally.valid.get(), tally.millis, tally.statuses));
            tally.refused.forEach(refused -> text.append("    refused valid: ").append(refused).append('\n'));
        }
        perService.forEach((name, sums) -> text.append(String.format(Locale.ROOT,
                "%s: %d requests, %d valid, %d of them accepted (%.0f %%)%n", name, sums[0], sums[1], sums[2],
                sums[1] == 0 ? 0.0 : 100.0 * sums[2] / sums[1])));
        text.append(findings.size()).append(" findings\n");
        findings.forEach(f -> text.append(f.request).append("\n  ").append(f.what).append('\n'));
        return text.toString();
    }
}
