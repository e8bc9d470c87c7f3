package org.ramsc.prescreen.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ramsc.prescreen.web.Pages;

/**
 * Sends a signed-in person who still owes a step to that step's page before any staff endpoint:
 * the one-time code of a two-step sign-in, a temporary password to replace, a required two-step
 * enrolment. Runs before matching, so that it also covers pages that do not exist. Such sessions
 * hold no roles either ({@link SessionIdentityProvider}), so an endpoint missing from the list
 * below still refuses them.
 */
public class MustChangePasswordFilter {

    static final String PASSWORD_PAGE = "/account/password";
    public static final String CODE_PAGE = "/login/code";
    public static final String ENROL_PAGE = "/account/two-step";

    /** Every path that serves staff data or actions: the pages, the accounts, and the FHIR records. */
    private static final List<String> GUARDED = List.of("/staff", "/admin", "/account", "/fhir/QuestionnaireResponse");

    @Inject SecurityIdentity identity;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> sendToPasswordForm(ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        return owedStep(identity).filter(step -> guarded(path) && !under(path, step)).map(Pages::seeOther);
    }

    /** The page of the step this person has to take first, if any. */
    static Optional<String> owedStep(SecurityIdentity identity) {
        if (flag(identity, SessionIdentityProvider.SECOND_STEP_PENDING)) {
            return Optional.of(CODE_PAGE);
        }
        if (flag(identity, SessionIdentityProvider.MUST_CHANGE_PASSWORD)) {
            return Optional.of(PASSWORD_PAGE);
        }
        if (flag(identity, SessionIdentityProvider.MUST_ENROL)) {
            return Optional.of(ENROL_PAGE);
        }
        return Optional.empty();
    }

    static boolean guarded(String path) {
        return GUARDED.stream().anyMatch(prefix -> under(path, prefix));
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static boolean flag(SecurityIdentity identity, String attribute) {
        return Boolean.TRUE.equals(identity.getAttribute(attribute));
    }
}
