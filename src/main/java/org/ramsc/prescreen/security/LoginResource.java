package org.ramsc.prescreen.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.RequestLang;

/**
 * The staff sign-in page and sign-out. The form posts to {@code j_security_check}, where Quarkus
 * form authentication checks it through {@link AccountIdentityProvider}; that post never reaches
 * JAX-RS, so the CSRF filter cannot guard it: {@link LoginOriginCheck} and SameSite cookies do.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Page page, boolean failed, boolean loggedOut, boolean signedIn);
    }

    private final RequestLang lang;
    private final SecurityIdentity identity;
    private final AuditLog audit;

    public LoginResource(RequestLang lang, SecurityIdentity identity, AuditLog audit) {
        this.lang = lang;
        this.identity = identity;
        this.audit = audit;
    }

    @GET
    @Path("login")
    public Response login(@QueryParam("error") String error, @QueryParam("loggedOut") String loggedOut) {
        Page page = new Page(lang.get(), "/login", "security.login.title");
        return Pages.html(200, Templates.login(page, error != null, loggedOut != null, !identity.isAnonymous()));
    }

    /**
     * Ends the session in this browser: the cookie holds the whole session, so removing it is
     * signing out. A POST with the CSRF token, so that another site cannot sign staff out.
     */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@Context RoutingContext context) {
        if (!identity.isAnonymous()) {
            audit.record(identity.getPrincipal().getName(), AuditLog.LOGOUT, null, null, null,
                    RemoteAddress.of(context));
            FormAuthenticationMechanism.logout(context);
        }
        return Response.seeOther(URI.create("/login?loggedOut=1")).build();
    }
}
