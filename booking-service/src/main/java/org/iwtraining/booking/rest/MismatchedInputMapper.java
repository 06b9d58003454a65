package org.iwtraining.booking.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.iwtraining.conventions.problem.FieldError;
import org.iwtraining.conventions.problem.Problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A body member of the wrong type or an unknown enumeration value. Quarkus registers its own mapper for
 * this exact exception type, which outranks the suite's mapper for its supertype; this one restores the
 * problem details with the field path.
 */
@Provider
public class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {

    @Override
    public Response toResponse(MismatchedInputException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        String name = field.length() == 0 ? "body" : field.toString();
        String message = e.getPath().isEmpty() ? "has the wrong shape" : "has the wrong type or format";
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(Problem.invalid(name + ": " + message, List.of(new FieldError(name, message)))).build();
    }
}
