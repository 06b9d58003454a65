package org.iwtraining.console.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.iwtraining.console.client.ServiceRefusedException;
import org.iwtraining.console.client.ServiceUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What a person sees when a page cannot be shown: a GOV.UK error page in plain words with what to do, never JSON or
 * a stack trace. A form catches its own refusals and shows them on its fields instead (FormErrors).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance problem(String heading, String advice, String detail, boolean signInAgain);
    }

    @ServerExceptionMapper
    Response refused(ServiceRefusedException e) {
        int status = e.status();
        // the service's own sentence helps with a business refusal; for access and absence the advice says it all
        String detail = status == 403 || status == 404 || status == 401 ? null : Refusals.inWords(e.problem());
        return page(status, detail);
    }

    @ServerExceptionMapper({ ServiceUnavailableException.class, FaultToleranceException.class, ProcessingException.class })
    Response unavailable(RuntimeException e) {
        LOG.warnf("a service could not answer: %s", e.toString());
        return page(503, null);
    }

    /** The console's own 404s and 405s (an address it has no page for). */
    @ServerExceptionMapper
    Response framework(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("a page failed", e);
        }
        return page(status >= 500 ? 500 : status, null);
    }

    private static Response page(int status, String detail) {
        String heading = status == 500 ? "Sorry, there is a problem with the service" : Refusals.heading(status);
        String advice = status == 500 ? "Try again later." : Refusals.advice(status);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(heading, advice, detail, status == 401).render()).build();
    }
}
