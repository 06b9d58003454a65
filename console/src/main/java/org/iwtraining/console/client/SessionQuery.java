package org.iwtraining.console.client;

import jakarta.ws.rs.QueryParam;

/** The filters of booking-service's {@code GET /sessions}; a null member is not sent. */
public class SessionQuery {

    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("process")
    public String process;
    @QueryParam("module")
    public String module;
    @QueryParam("hasSpace")
    public String hasSpace;
    @QueryParam("limit")
    public Integer limit;
    @QueryParam("cursor")
    public String cursor;
}
