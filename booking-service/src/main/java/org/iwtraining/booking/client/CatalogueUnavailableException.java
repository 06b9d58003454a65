package org.iwtraining.booking.client;

import org.iwtraining.conventions.problem.ApiException;

/** catalogue-service did not answer usefully; the request changes nothing and may be retried. */
public class CatalogueUnavailableException extends ApiException {

    public CatalogueUnavailableException() {
        super(503, "CATALOGUE_UNAVAILABLE", "Catalogue unavailable",
                "catalogue-service could not be reached; nothing was changed, try again shortly");
    }
}
