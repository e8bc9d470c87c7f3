package org.ramsc.prescreen.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/**
 * The staff sign-in page, its form and sign-out. The form is an ordinary JAX-RS post with the CSRF
 * token; {@link StaffSignIn} checks the password ({@link LoginService}) and starts a server-side
 * session, whose random id replaces any cookie the browser had before.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Page page, boolean failed, boolean loggedOut, boolean signedIn);

        static native TemplateInstance code(Page page, String errorKey);
    }

    private final RequestLang lang;
    private final SecurityIdentity identity;
    private final StaffSignIn signIn;
    private final boolean secureCookies;

    public LoginResource(RequestLang lang, SecurityIdentity identity, StaffSignIn signIn,
            @ConfigProperty(name = "app.cookies.secure") boolean secureCookies) {
        this.lang = lang;
        this.identity = identity;
        this.signIn = signIn;
        this.secureCookies = secureCookies;
    }

    @GET
    @Path("login")
    public Response login(@QueryParam("error") String error, @QueryParam("loggedOut") String loggedOut) {
        Page page = new Page(lang.get(), "/login", "security.login.title");
        return Pages.html(200, Templates.login(page, error != null, loggedOut != null, !identity.isAnonymous()));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @Context RoutingContext context) {
        StaffSignIn.Outcome outcome = signIn.withPassword(username, password, RemoteAddress.of(context),
                SessionCookie.read(context));
        if (outcome.token() == null) {
            return Pages.seeOther("/login?error=1");
        }
        SessionCookie.set(context, outcome.token(), secureCookies);
        return Pages.seeOther(outcome.next());
    }

    /** The second step of a two-step sign-in: only for a session whose password was right. */
    @GET
    @Path("login/code")
    public Response codeForm() {
        if (!secondStepPending()) {
            return Pages.seeOther("/login");
        }
        return Pages.html(200, Templates.code(codePage(), null));
    }

    @POST
    @Path("login/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response code(@FormParam("code") String code, @Context RoutingContext context) {
        if (!secondStepPending()) {
            return Pages.seeOther("/login");
        }
        StaffSignIn.CodeOutcome outcome = signIn.withCode(identity, SessionCookie.read(context), code,
                RemoteAddress.of(context));
        return switch (outcome.check()) {
            case ACCEPTED -> {
                SessionCookie.set(context, outcome.token(), secureCookies);
                yield Pages.seeOther(outcome.next());
            }
            case PAUSED -> Pages.html(429, Templates.code(codePage(), "security.code.paused"));
            case WRONG -> outcome.next() != null ? Pages.seeOther(outcome.next())
                    : Pages.html(422, Templates.code(codePage(), "security.code.wrong"));
        };
    }

    private boolean secondStepPending() {
        return !identity.isAnonymous()
                && Boolean.TRUE.equals(identity.getAttribute(SessionIdentityProvider.SECOND_STEP_PENDING));
    }

    private Page codePage() {
        return new Page(lang.get(), "/login/code", "security.code.title");
    }

    /**
     * Ends this session on the server, so that a copy of the cookie is worthless too. A POST with
     * the CSRF token, so that another site cannot sign staff out.
     */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@Context RoutingContext context) {
        signIn.signOut(identity, SessionCookie.read(context), RemoteAddress.of(context));
        SessionCookie.clear(context, secureCookies);
        return Pages.seeOther("/login?loggedOut=1");
    }
}
