package org.ramsc.prescreen.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ramsc.prescreen.security.Account;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.RequestLang;

/** The admin's home: one place that lists every admin page. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.ADMIN)
public class AdminHomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, StaffMenu menu);
    }

    @Inject RequestLang lang;
    @Inject StaffContext staff;

    @GET
    public TemplateInstance home() {
        return Templates.home(new Page(lang.get(), "/admin", "admin.home.title"), staff.menu());
    }
}
