package org.iwtraining.conventions.testing;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Gives every REST Assured request of a test a token holding every role, unless the request carries an
 * Authorization header of its own; {@link Tokens#anonymous()} drops it. The services check it like any other
 * token: nothing is switched off for tests.
 */
final class DefaultBearer implements Filter {

    private final String header;

    DefaultBearer(String token) {
        this.header = "Bearer " + token;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (!request.getHeaders().hasHeaderWithName(Tokens.HEADER)) {
            request.header(Tokens.HEADER, header);
        }
        return context.next(request, response);
    }
}
