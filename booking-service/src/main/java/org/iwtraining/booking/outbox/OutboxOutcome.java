package org.iwtraining.booking.outbox;

/** What one delivery attempt came to. */
public record OutboxOutcome(Kind kind, String error) {

    public enum Kind {
        DELIVERED, RETRY, FAILED
    }

    public static OutboxOutcome delivered() {
        return new OutboxOutcome(Kind.DELIVERED, null);
    }

    public static OutboxOutcome retry(String error) {
        return new OutboxOutcome(Kind.RETRY, error);
    }

    public static OutboxOutcome failed(String error) {
        return new OutboxOutcome(Kind.FAILED, error);
    }

    /** 2xx delivered; 408, 429 and 5xx are worth another try; any other answer will not change by retrying. */
    public static OutboxOutcome ofHttpStatus(String receiver, int status) {
        if (status >= 200 && status < 300) {
            return delivered();
        }
        String error = receiver + " answered HTTP " + status;
        return status == 408 || status == 429 || status >= 500 ? retry(error) : failed(error);
    }
}
