package org.ramsc.prescreen.security;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Responses for the signed-in pages: never cached, since they show accounts and the audit trail. */
public final class Pages {

    private Pages() {
    }

    public static Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(template.render()).build();
    }

    /**
     * A 303 to a path on this site, relative as given: {@code Response.seeOther} would make it
     * absolute from the request's Host header, which the client chooses.
     */
    public static Response seeOther(String location) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
