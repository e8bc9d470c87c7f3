package org.ramsc.prescreen.review;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** Responses of the staff and admin pages: never cached (they show health data), Post/Redirect/Get. */
public final class HtmlResponses {

    private HtmlResponses() {
    }

    public static Response page(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(template.render()).build();
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
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
