package org.ramsc.prescreen.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The patient's draft cookie, the same wherever it is set (a step, a resumed draft) or ended (start
 * again): only for {@code /screening}, not readable by scripts, and as long-lived as the draft.
 */
@ApplicationScoped
public class DraftCookies {

    @Inject DraftService drafts;
    @Inject @ConfigProperty(name = "app.cookies.secure") boolean secure;

    public NewCookie holding(String token) {
        return build(token, (int) drafts.ttl().toSeconds());
    }

    public NewCookie expired() {
        return build("", 0);
    }

    private NewCookie build(String value, int maxAge) {
        return new NewCookie.Builder(DraftToken.COOKIE).value(value).path("/screening").maxAge(maxAge)
                .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }
}
