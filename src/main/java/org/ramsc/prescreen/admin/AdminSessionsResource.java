package org.ramsc.prescreen.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.ramsc.prescreen.security.Account;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.security.StaffSessionAdmin;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/** Who is signed in right now, from where, and a button to end any one of those sessions. */
@Path("/admin/sessions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.ADMIN)
public class AdminSessionsResource {

    /** One session as the page shows it. */
    public record SessionRow(String id, String username, String started, String lastSeen, String address,
            boolean current) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, StaffMenu menu, List<SessionRow> sessions, boolean ended,
                String zone);
    }

    @Inject RequestLang lang;
    @Inject StaffContext staff;
    @Inject StaffSessionAdmin sessions;
    @Inject AdminTime time;

    @GET
    public Response list(@QueryParam("done") String done) {
        Object current = staff.sessionId();
        List<SessionRow> rows = sessions.list().stream()
                .map(s -> new SessionRow(s.id().toString(), s.username(), time.show(s.createdAt()),
                        time.show(s.lastSeenAt()), s.clientAddress(), s.id().equals(current)))
                .toList();
        Page page = new Page(lang.get(), "/admin/sessions", "admin.sessions.title");
        return Pages.html(200, Templates.list(page, staff.menu(), rows, "ended".equals(done), time.zoneId()));
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") String id) {
        UUID session;
        try {
            session = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        sessions.end(staff.actor(), session);
        return Pages.seeOther("/admin/sessions?done=ended");
    }
}
