package org.iwtraining.booking.client;

import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.FieldError;

/** The catalogue does not know a module the request names. */
public class UnknownModuleException extends DomainException {

    public UnknownModuleException(String ref, String field) {
        super(Kind.REFUSED, "UNKNOWN_MODULE", "Unknown module", "The catalogue has no module '" + ref + "'",
                List.of(new FieldError(field, "unknown module")), Map.of());
    }
}
