package org.ramsc.prescreen.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ramsc.prescreen.i18n.Messages;

/**
 * Turns every failure into a friendly page (or a small JSON body for the machine interfaces),
 * never a stack trace. Logs only the exception type and an incident id: exception messages can
 * carry SQL parameters, and so answers.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Page page, String textKey, String incident);
    }

    @Inject RequestLang lang;

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status < 400) {
            return exception.getResponse();
        }
        return render(status, uri, null);
    }

    /**
     * Signed in, but without the role a page needs: from {@code @RolesAllowed} or from an HTTP
     * permission applied to JAX-RS. (Anonymous visitors get UnauthorizedException instead, which
     * Quarkus answers by sending them to the login page.)
     */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException exception, UriInfo uri) {
        return render(403, uri, null);
    }

    /**
     * A form posted without a valid CSRF token: a page left open too long, or a post from
     * another site. Nothing was done; the page says so and how to carry on.
     */
    @ServerExceptionMapper
    public Response staleForm(StaleFormException exception, UriInfo uri) {
        return render(403, uri, null, "error.stale_form");
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable exception, UriInfo uri) {
        if (isMalformedForm(exception)) {
            return render(400, uri, null);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        if (isDatabaseUnavailable(exception)) {
            LOG.warnf("Database unavailable (incident %s): %s", incident, exception.getClass().getName());
            return render(503, uri, incident);
        }
        LOG.errorf("Unexpected %s (incident %s) at %s", exception.getClass().getName(), incident,
                stackTop(exception));
        return render(500, uri, incident);
    }

    private Response render(int status, UriInfo uri, String incident) {
        return render(status, uri, incident, "error." + known(status));
    }

    private Response render(int status, UriInfo uri, String incident, String textPrefix) {
        Response.ResponseBuilder response = Response.status(status);
        if (status == 503) {
            response.header("Retry-After", "5");
        }
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.startsWith("/fhir/")) {
            String key = textPrefix + ".title";
            return response.type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("errors", List.of(Map.of("code", "http_" + status,
                            "message", Messages.get().text(lang.get(), key)))))
                    .build();
        }
        Page page = new Page(lang.get(), "/", textPrefix + ".title");
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.error(page, textPrefix + ".text", incident).render())
                .build();
    }

    private static int known(int status) {
        return switch (status) {
            case 400, 403, 404, 405, 503 -> status;
            case 401 -> 403;
            case 406, 411, 413, 414, 415, 422, 431 -> 400;
            default -> 500;
        };
    }

    static boolean isDatabaseUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = cause.getClass().getName();
            // Agroal reports an exhausted pool as a bare SQLException: busy, not broken
            boolean poolExhausted = cause.getMessage() != null && cause.getMessage().contains("acquisition timeout");
            if (name.startsWith("io.agroal") || name.contains("AcquisitionTimeout") || poolExhausted) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * A form body with a field that has no name ("...&=x"), which the JAX-RS form reader cannot
     * split: the request is malformed, not our failure.
     */
    static boolean isMalformedForm(Throwable exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return exception instanceof IndexOutOfBoundsException && trace.length > 0
                && trace[0].getClassName().endsWith(".MapAsFormUrlEncodedProvider")
                || isTooManyFormFields(exception);
    }

    /**
     * A form with more fields than {@code quarkus.http.limits.max-form-fields} (1,000): the form
     * parser throws a bare RuntimeException ("Param limit of 1000 was exceeded"), which is the
     * client's doing, not ours (issue 10, finding 7).
     */
    static boolean isTooManyFormFields(Throwable exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return exception.getClass() == RuntimeException.class && trace.length > 0
                && trace[0].getClassName().equals("org.jboss.resteasy.reactive.server.core.multipart.FormData");
    }

    private static String stackTop(Throwable exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].toString();
    }
}
