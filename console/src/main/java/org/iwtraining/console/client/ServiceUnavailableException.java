package org.iwtraining.console.client;

/** A service could not answer now (5xx, 429, no connection): the same request may work in a moment. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
