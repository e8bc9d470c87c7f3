package org.ramsc.prescreen.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF token of a form, {@code {inject:csrf.token}} in templates. It is not stored anywhere:
 * it is the keyed hash of what ties the browser to its state, so it lives exactly as long as that
 * state and cannot be made up without the installation's secret.
 * <ul>
 * <li>signed in: the staff session cookie, so a new sign-in gets a new token and signing out
 * ends it;</li>
 * <li>a patient: the draft cookie, so a tab left open for days still saves, as long as the
 * draft lives;</li>
 * <li>anyone else (the sign-in page, a patient's first step): a random seed cookie, set the first
 * time a form needs a token.</li>
 * </ul>
 */
@ApplicationScoped
@Named("csrf")
public class CsrfTokens {

    public static final String FIELD = "csrf-token";
    public static final String SEED_COOKIE = "csrf-seed";
    /** Set by the security package; named here so that this package needs nothing above it. */
    static final String STAFF_SESSION_COOKIE = "staff-session";
    static final String DRAFT_COOKIE = "draft";
    /** The draft cookie's lifetime at most, so that a patient's first step outlives no draft. */
    private static final Duration SEED_MAX_AGE = Duration.ofDays(7);

    private static final Pattern COOKIE_SHAPE = Pattern.compile("[A-Za-z0-9_-]{32,128}");
    private static final String NEW_SEED = "ramsc.csrf.newSeed";
    private static final String REJECTED = "ramsc.csrf.rejected";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerKey key;
    private final CurrentVertxRequest request;
    private final boolean secureCookies;

    public CsrfTokens(ServerKey key, CurrentVertxRequest request,
            @ConfigProperty(name = "app.cookies.secure") boolean secureCookies) {
        this.key = key;
        this.request = request;
        this.secureCookies = secureCookies;
    }

    public String getParameterName() {
        return FIELD;
    }

    /** The token for a form on the page being rendered; sets the seed cookie when there is nothing to bind to. */
    public String getToken() {
        RoutingContext context = request.getCurrent();
        String binding = binding(context);
        if (binding == null) {
            binding = "seed:" + newSeed(context);
        }
        return key.hmacBase64("csrf", binding);
    }

    /**
     * Whether {@code posted} is the token of one of this request's bindings, compared in constant
     * time. Signed in, only the session's counts, so that a token from before the sign-in is
     * worthless after it. A patient's page may have been rendered before their draft existed
     * (another tab still on the first step), so the seed's token counts beside the draft's.
     */
    boolean matches(RoutingContext context, String posted) {
        if (posted == null) {
            return false;
        }
        byte[] given = posted.getBytes(StandardCharsets.UTF_8);
        String staff = cookie(context, STAFF_SESSION_COOKIE);
        if (staff != null) {
            return isTokenOf("staff:" + staff, given);
        }
        String draft = cookie(context, DRAFT_COOKIE);
        String seed = cookie(context, SEED_COOKIE);
        boolean draftMatches = draft != null && isTokenOf("draft:" + draft, given);
        boolean seedMatches = seed != null && isTokenOf("seed:" + seed, given);
        return draftMatches | seedMatches;
    }

    private boolean isTokenOf(String binding, byte[] given) {
        return MessageDigest.isEqual(key.hmacBase64("csrf", binding).getBytes(StandardCharsets.US_ASCII), given);
    }

    /**
     * Whether this request's token was refused and its {@link KeepsStaleForm} handler was called
     * anyway ({@code {inject:csrf.rejected}} shows the "check and save again" line).
     */
    public boolean isRejected() {
        return Boolean.TRUE.equals(request.getCurrent().get(REJECTED));
    }

    void markRejected(RoutingContext context) {
        context.put(REJECTED, Boolean.TRUE);
    }

    private static String binding(RoutingContext context) {
        String seed = context.get(NEW_SEED);
        if (seed != null) {
            return "seed:" + seed;
        }
        String staff = cookie(context, STAFF_SESSION_COOKIE);
        if (staff != null) {
            return "staff:" + staff;
        }
        String draft = cookie(context, DRAFT_COOKIE);
        if (draft != null) {
            return "draft:" + draft;
        }
        String existingSeed = cookie(context, SEED_COOKIE);
        return existingSeed == null ? null : "seed:" + existingSeed;
    }

    private String newSeed(RoutingContext context) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String seed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        context.put(NEW_SEED, seed);
        Cookie cookie = Cookie.cookie(SEED_COOKIE, seed).setPath("/").setHttpOnly(true).setSecure(secureCookies)
                .setSameSite(CookieSameSite.LAX).setMaxAge(SEED_MAX_AGE.toSeconds());
        context.response().addCookie(cookie);
        return seed;
    }

    private static String cookie(RoutingContext context, String name) {
        Cookie cookie = context.request().getCookie(name);
        if (cookie == null || !COOKIE_SHAPE.matcher(cookie.getValue()).matches()) {
            return null;
        }
        return cookie.getValue();
    }
}
