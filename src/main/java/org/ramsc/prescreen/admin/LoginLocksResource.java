package org.ramsc.prescreen.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ramsc.prescreen.security.Account;
import org.ramsc.prescreen.security.LoginThrottle;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/**
 * Sign-in locks for admins: which pairs of account and address (and which addresses) are locked
 * after failed sign-ins, and a button that clears one, for the person who typed their password
 * wrong once too often at a new place. Clearing is audited.
 */
@Path("/admin/login-locks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.ADMIN)
public class LoginLocksResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, StaffMenu menu, List<LockRow> locks, boolean cleared);
    }

    /** One lock as the page shows it; {@code username} is empty for an address lock or a name without account. */
    public record LockRow(String accountKey, String username, boolean addressOnly, String address, int failures,
            String lockedUntil) {
    }

    @Inject RequestLang lang;
    @Inject StaffContext staff;
    @Inject LoginThrottle throttle;
    @Inject AdminTime time;

    @GET
    public Response list(@QueryParam("done") String done) {
        List<LockRow> rows = throttle.locks().stream()
                .map(lock -> new LockRow(lock.accountKey(), lock.username() == null ? "" : lock.username(),
                        lock.accountKey().isEmpty(), lock.address(), lock.failures(), time.show(lock.lockedUntil())))
                .toList();
        Page page = new Page(lang.get(), "/admin/login-locks", "admin.locks.title");
        return Pages.html(200, Templates.list(page, staff.menu(), rows, "cleared".equals(done)));
    }

    @POST
    @Path("clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clear(@FormParam("accountKey") String accountKey, @FormParam("address") String address) {
        if (address != null) {
            throttle.clear(staff.actor(), accountKey, address);
        }
        return Pages.seeOther("/admin/login-locks?done=cleared");
    }
}
