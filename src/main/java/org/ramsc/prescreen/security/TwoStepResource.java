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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/**
 * Setting up two-step sign-in: a QR code and the same key to type, confirmed with a first code;
 * then the ten recovery codes, shown this once. Someone who must set it up ({@link TwoStepPolicy})
 * is sent here before anything else.
 */
@Path("/account/two-step")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TwoStepResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(Page page, StaffMenu menu, boolean required,
                TwoStepService.Enrolment enrolment, boolean enrolled, long codesLeft, String errorKey);

        static native TemplateInstance codes(Page page, StaffMenu menu, List<String> codes);
    }

    @Inject RequestLang lang;
    @Inject SecurityIdentity identity;
    @Inject TwoStepService twoStep;

    @GET
    public Response form() {
        return setupPage(200, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("code") String code, @Context RoutingContext context) {
        if (twoStep.enrolled(accountId())) {
            return Pages.seeOther("/account/two-step");
        }
        Optional<List<String>> codes = twoStep.confirmEnrolment(accountId(), username(), code, RemoteAddress.of(context));
        if (codes.isEmpty()) {
            return setupPage(422, "security.two_step.code_wrong");
        }
        // shown once, in the answer to the post, never stored readable: no redirect that could show them again
        return Pages.html(200, Templates.codes(page(), StaffMenu.of(identity), codes.get()));
    }

    private Response setupPage(int status, String errorKey) {
        boolean enrolled = twoStep.enrolled(accountId());
        TwoStepService.Enrolment enrolment = enrolled ? null : twoStep.startEnrolment(accountId(), username());
        boolean required = Boolean.TRUE.equals(identity.getAttribute(SessionIdentityProvider.MUST_ENROL));
        return Pages.html(status, Templates.setup(page(), StaffMenu.of(identity), required, enrolment, enrolled,
                enrolled ? twoStep.recoveryCodesLeft(accountId()) : 0, errorKey));
    }

    private UUID accountId() {
        return identity.getAttribute(SessionIdentityProvider.ACCOUNT_ID);
    }

    private String username() {
        return identity.getPrincipal().getName();
    }

    private Page page() {
        return new Page(lang.get(), "/account/two-step", "security.two_step.title");
    }
}
