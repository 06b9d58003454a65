import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cohort API end to end against a running booking-service (and catalogue-service): sets up 12
 * agencies, 20,000 nominees with mixed completions, 1,000 candidate sessions of 20 seats of five module
 * lists with different prerequisites (a third of them half full, the first 25 with caps lifted), and
 * one nominee in ten holding a confirmed place at the time of one of the first 250; then times
 * {@code POST /cohorts} (round trip): the first 5,000 × 250 proposal after the service started, the median of
 * five more (warm), 500 and 20,000 × 250 with both strategies, 20,000 × 1,000, and reads the service's RSS after
 * them all and after ten more 5,000-nominee proposals. The figures are printed as
 * {@code   figure: NAME = VALUE UNIT (aim AIM)} lines and, when the environment names a file in BENCH_FIGURES,
 * appended to it as {@code NAME TAB VALUE TAB UNIT TAB AIM} (bench/run-all.sh collects them).
 *
 * Run by bench/cohorts/http.sh: java bench/cohorts/HttpBench.java BASE_URL SERVICE_PID PSQL_DB, with the bearer
 * tokens in the environment: BENCH_HR_TOKEN (hr-system: agencies, people) and BENCH_COORDINATOR_TOKEN
 * (coordinator: sessions, cohorts).
 */
public class HttpBench {

    static final int NOMINEES = 20_000;
    /** The usual candidate list is the first 250 sessions; its largest case takes all 1,000. */
    static final int SESSIONS = 250;
    static final int MORE_SESSIONS = 1000;
    static final int WARM_RUNS = 5;
    static final int AGENCIES = 12;
    static final String[] SECTORS = {"HEALTH", "EDUCATION", "SOCIAL_CARE", "POLICE", "YOUTH", "VOLUNTARY"};
    static final List<List<String>> KINDS = List.of(List.of("IW01"), List.of("IS01"), List.of("IS03"),
            List.of("IW03"), List.of("IS05"));

    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static final String HR = System.getenv("BENCH_HR_TOKEN");
    static final String COORDINATOR = System.getenv("BENCH_COORDINATOR_TOKEN");
    static final Random random = new Random(42);
    static final String run = UUID.randomUUID().toString().substring(0, 6);

    public static void main(String[] args) throws Exception {
        base = args[0];
        long pid = Long.parseLong(args[1]);
        String database = args[2];
        if (HR == null || COORDINATOR == null) {
            throw new IllegalStateException("BENCH_HR_TOKEN and BENCH_COORDINATOR_TOKEN are needed (bench/cohorts/http.sh sets them)");
        }

        long setupStart = System.nanoTime();
        List<String> agencies = new ArrayList<>();
        for (int a = 0; a < AGENCIES; a++) {
            String code = "BENCH-" + run + "-AG" + a;
            post("/agencies", "{\"code\":\"%s\",\"name\":\"Agency %d\",\"sector\":\"%s\"}"
                    .formatted(code, a, SECTORS[a % SECTORS.length]), HR, 201);
            agencies.add(code);
        }
        List<String> nominees = people("N", NOMINEES, agencies, true);
        List<String> fillers = people("F", 1000, agencies, false);
        completions(nominees, database);

        Instant day0 = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofMinutes(570));
        List<String> candidates = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (int s = 0; s < MORE_SESSIONS; s++) {
            // The first 25 start in 3 days, so their caps (7 days before) have lifted.
            Instant start = day0.plus(Duration.ofDays(s < SESSIONS / 10 ? 0 : 14 + s / 5))
                    .plus(Duration.ofHours(s % 2 == 0 ? 0 : 5));
            candidates.add(session(KINDS.get(s % KINDS.size()), 20, start, "0.4"));
            starts.add(start);
        }
        // Places already confirmed go straight into the bench database, as the completions do: the figures
        // are about proposals, and thousands of single bookings over HTTP would only slow the setup down.
        StringBuilder places = new StringBuilder();
        int filler = 0;
        for (int s = 0; s < MORE_SESSIONS; s += 3) {
            for (int k = 0; k < 10; k++) {
                places.append(place(candidates.get(s), fillers.get(filler++ % fillers.size())));
            }
        }
        // One nominee in ten already holds a place at the time of one of the candidate sessions.
        List<String> elsewhere = new ArrayList<>();
        for (int s = 0; s < 25; s++) {
            elsewhere.add(session(List.of("IW01"), 100, starts.get(s * 10 + 5), "1.0"));
        }
        for (int n = 0; n < NOMINEES; n += 10) {
            places.append(place(elsewhere.get(random.nextInt(elsewhere.size())), nominees.get(n)));
        }
        copy(database, "booking (id, session_id, person_id, agency_code, status, created_at, updated_at)", places);
        System.out.printf("setup: %d people, %d sessions, %d confirmed places in %d s%n", NOMINEES + fillers.size(),
                MORE_SESSIONS + elsewhere.size(), places.chars().filter(c -> c == '\n').count(),
                (System.nanoTime() - setupStart) / 1_000_000_000);

        String sessionsJson = json(candidates.subList(0, SESSIONS));
        System.out.println("nominees sessions strategy computeMillis roundTripMillis placed sumOfSquares atRiskSessions");
        long first = propose(nominees.subList(0, 5000), sessionsJson, "PACK");
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(propose(nominees.subList(0, 5000), sessionsJson, "PACK"));
        }
        for (int size : new int[] {500, 20000}) {
            for (String strategy : List.of("PACK", "SPREAD")) {
                propose(nominees.subList(0, size), sessionsJson, strategy);
            }
        }
        propose(nominees, json(candidates), "SPREAD");
        long largest = propose(nominees, json(candidates), "PACK");
        long rssAfterAll = rssKb(pid);
        for (int i = 0; i < 10; i++) {
            propose(nominees.subList(0, 5000), sessionsJson, "PACK");
        }
        long rssAfterTen = rssKb(pid);
        System.out.printf("RSS after them all: %d MB; after 10 more 5,000 × 250: %d MB (%+.1f%%)%n", rssAfterAll / 1024,
                rssAfterTen / 1024, 100.0 * (rssAfterTen - rssAfterAll) / rssAfterAll);
        String heap = System.getenv().getOrDefault("BOOKING_HEAP", "?");
        figure("cohort 5,000 × 250 PACK, first proposal after start", first, "ms", "< 1000");
        figure("cohort 5,000 × 250 PACK, warm (median of " + WARM_RUNS + ")", warm.stream().sorted().toList().get(WARM_RUNS / 2),
                "ms", "< 300");
        figure("cohort 20,000 × 1,000 PACK", largest, "ms", "< 5000");
        figure("cohort booking-service RSS at " + heap, Math.max(rssAfterAll, rssAfterTen) / 1024, "MB", "heap " + heap);
    }

    static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
    }

    /** One figure for bench/run-all.sh, in bench/booking-vs-pgbench/run.sh's format. */
    static void figure(String name, long value, String unit, String aim) throws IOException {
        System.out.printf("  figure: %s = %d %s (aim %s)%n", name, value, unit, aim);
        String file = System.getenv("BENCH_FIGURES");
        if (file != null && !file.isEmpty()) {
            Files.writeString(Path.of(file), name + "\t" + value + "\t" + unit + "\t" + aim + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    static List<String> people(String prefix, int count, List<String> agencies, boolean weighted) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < count; from += 10_000) {
            StringBuilder body = new StringBuilder("[");
            for (int n = from; n < Math.min(count, from + 10_000); n++) {
                String id = "B%s-%s%06d".formatted(run, prefix, n);
                int agency = weighted ? Math.min(AGENCIES - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 4))
                        : random.nextInt(AGENCIES);
                body.append(n == from ? "" : ",").append("""
                        {"hrId":"%s","givenName":"Bench","familyName":"Person %d","email":"p%d@example.org",
                         "agencyCode":"%s","audience":"PRACTITIONER","shareContactConsent":false}"""
                        .formatted(id, n, n, agencies.get(agency)));
                ids.add(id);
                agencyOf.put(id, agencies.get(agency));
            }
            post("/people/import", body.append("]").toString(), HR, 200);
        }
        return ids;
    }

    /** Completions straight into the bench database: the prerequisite profiles of the nominees. */
    static void completions(List<String> nominees, String database) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (String person : nominees) {
            List<String> done = new ArrayList<>();
            if (random.nextDouble() < 0.5) {
                done.add("IS01");
                if (random.nextDouble() < 0.6) {
                    done.add("IS02");
                    if (random.nextDouble() < 0.5) {
                        done.add("IS03");
                    }
                }
            }
            if (random.nextDouble() < 0.3) {
                done.add("IW02");
            }
            for (String module : done) {
                csv.append(UUID.randomUUID()).append(',').append(person).append(',').append(module)
                        .append(",2026-01-15,HR,").append(Instant.now()).append('\n');
            }
        }
        copy(database, "completion (id, person_id, module_ref, completed_on, source, recorded_at)", csv);
    }

    static final Map<String, String> agencyOf = new HashMap<>();

    static String place(String session, String person) {
        Instant now = Instant.now();
        return String.join(",", UUID.randomUUID().toString(), session, person, agencyOf.get(person), "CONFIRMED",
                now.toString(), now.toString()) + "\n";
    }

    static void copy(String database, String table, CharSequence csv) throws Exception {
        Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-d", database, "-c",
                "copy " + table + " from stdin with csv").redirectErrorStream(true).start();
        try (OutputStream in = psql.getOutputStream()) {
            in.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql copy into " + table + " failed: " + output);
        }
    }

    /** Five hours: the longest module list needs 300 minutes, and a shorter session breaks the course rules. */
    static String session(List<String> modules, int capacity, Instant start, String share) throws Exception {
        String body = """
                {"title":"Bench %s","venue":"Town Hall","moduleRefs":[%s],"capacity":%d,
                 "startsAt":"%s","endsAt":"%s","mixPolicy":{"maxAgencyShare":%s}}"""
                .formatted(modules, modules.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",")),
                        capacity, start, start.plus(Duration.ofHours(5)), share);
        return field(post("/sessions", body, COORDINATOR, 201), "id");
    }

    /** One proposal, printed and then dropped; returns its round trip in ms. */
    static long propose(List<String> nominees, String sessionsJson, String strategy) throws Exception {
        String body = "{\"name\":\"bench\",\"strategy\":\"" + strategy + "\",\"sessions\":[" + sessionsJson
                + "],\"nominees\":[" + nominees.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","))
                + "]}";
        long start = System.nanoTime();
        String answer = post("/cohorts", body, COORDINATOR, 201);
        long roundTrip = (System.nanoTime() - start) / 1_000_000;
        Matcher objective = Pattern.compile("\"objective\":\\{\"placed\":(\\d+),\"sumOfSquares\":(\\d+)}").matcher(answer);
        if (!objective.find()) {
            throw new IllegalStateException("no objective in " + answer.substring(0, Math.min(300, answer.length())));
        }
        long atRisk = Pattern.compile("\"AT_RISK\"").matcher(answer).results().count();
        System.out.printf("%8d %8d %-8s %13s %15d %6s %12s %14d%n", nominees.size(), sessionsJson.split(",").length, strategy,
                field(answer, "computeMillis"),
                roundTrip, objective.group(1), objective.group(2), atRisk);
        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(base + "/cohorts/" + field(answer, "id")))
                .header("Authorization", "Bearer " + COORDINATOR).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (deleted.statusCode() / 100 != 2) {
            throw new IllegalStateException("DELETE /cohorts/… answered " + deleted.statusCode() + ": " + deleted.body());
        }
        return roundTrip;
    }

    /** A 503 (catalogue-service slow to answer on a loaded machine) is tried again a few times. */
    static String post(String path, String body, String token, int expected) {
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == expected) {
                    return response.body();
                }
                if (response.statusCode() != 503 || attempt == 5) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
                Thread.sleep(2000L * attempt);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(path, e);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(1);
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }
}
