package org.iwtraining.conventions.problem;

/** The {@code type} URIs of the suite's problems: stable identifiers clients may switch on. */
public final class ProblemTypes {

    private static final String BASE = "https://iw-training.example/problems/";

    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED = BASE + "malformed-request";

    private ProblemTypes() {
    }

    /** A business refusal's type, derived from its code: {@code PREREQUISITE_MISSING} → {@code …/prerequisite-missing}. */
    public static String forCode(String code) {
        return BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> BASE + "bad-request";
            case 401 -> BASE + "unauthorized";
            case 403 -> BASE + "forbidden";
            case 404 -> BASE + "not-found";
            case 405 -> BASE + "method-not-allowed";
            case 406 -> BASE + "not-acceptable";
            case 409 -> BASE + "conflict";
            case 412 -> BASE + "precondition-failed";
            case 413 -> BASE + "payload-too-large";
            case 414 -> BASE + "uri-too-long";
            case 415 -> BASE + "unsupported-media-type";
            case 428 -> BASE + "precondition-required";
            case 500 -> BASE + "internal-error";
            case 503 -> BASE + "unavailable";
            default -> "about:blank";
        };
    }
}
