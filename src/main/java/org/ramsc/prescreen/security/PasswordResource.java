package org.ramsc.prescreen.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.ramsc.prescreen.web.FormErrors;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/** Where signed-in staff replace their password, and where a temporary one sends them first. */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PasswordResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, StaffMenu menu, boolean mustChange, FormErrors errors);
    }

    @Inject RequestLang lang;
    @Inject SecurityIdentity identity;
    @Inject AccountService accounts;

    @GET
    public Response form() {
        return Pages.html(200, Templates.form(page(), StaffMenu.of(identity), mustChange(), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@FormParam("current") String current, @FormParam("newPassword") String newPassword,
            @FormParam("repeat") String repeat, @Context RoutingContext context) {
        Map<String, String> problems = accounts.changeOwnPassword(identity.getPrincipal().getName(),
                current, newPassword == null ? "" : newPassword, repeat, RemoteAddress.of(context),
                identity.getAttribute(SessionIdentityProvider.SESSION_ID));
        if (!problems.isEmpty()) {
            // passwords are never sent back into the form, not even the ones that were entered
            return Pages.html(422, Templates.form(page(), StaffMenu.of(identity), mustChange(),
                    FormErrors.of(lang.get(), problems)));
        }
        return Pages.seeOther("/staff");
    }

    private boolean mustChange() {
        return Boolean.TRUE.equals(identity.getAttribute(SessionIdentityProvider.MUST_CHANGE_PASSWORD));
    }

    private Page page() {
        return new Page(lang.get(), "/account/password", "security.password.title");
    }
}
