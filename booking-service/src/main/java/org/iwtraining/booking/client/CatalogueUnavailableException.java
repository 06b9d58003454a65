package org.iwtraining.booking.client;

import org.iwtraining.conventions.problem.DomainException;

/** catalogue-service did not answer usefully; the request changes nothing and may be retried. */
public class CatalogueUnavailableException extends DomainException {

    public CatalogueUnavailableException() {
        super(Kind.UNAVAILABLE, "CATALOGUE_UNAVAILABLE", "Catalogue unavailable",
                "catalogue-service could not be reached; nothing was changed, try again shortly");
    }
}
