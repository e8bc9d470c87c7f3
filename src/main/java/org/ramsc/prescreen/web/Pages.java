package org.ramsc.prescreen.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The responses of every HTML page, patient and staff alike: never cached (they show answers,
 * accounts or health data), and Post/Redirect/Get with relative redirects.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * The rendered page as UTF-8 bytes: the JDK encodes the whole string at once, where the HTTP
     * layer, given the string, encodes it character by character (up to a sixth of the CPU time of
     * patient journeys in a profile taken while the JIT was still compiling; see bench/README.md).
     */
    public static Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(template.render().getBytes(StandardCharsets.UTF_8)).build();
    }

    public static Response seeOther(String location) {
        return redirect(location).build();
    }

    /**
     * A 303 to a path on this site, relative as given ({@code Response.seeOther} would make it
     * absolute from the request's Host header, which the client chooses), for callers that add a cookie.
     */
    public static Response.ResponseBuilder redirect(String location) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** Ids in URLs are UUIDs; anything else is a page that does not exist. */
    public static UUID uuidOrNotFound(String id) {
        if (id == null || id.length() != 36) {
            throw new NotFoundException();
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
