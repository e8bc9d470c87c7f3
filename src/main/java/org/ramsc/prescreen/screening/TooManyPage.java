package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;

/**
 * The page a patient sees over a per-address limit (429): what happened, that their answers are
 * kept, and when to try again, also as {@code Retry-After} for scripts.
 */
final class TooManyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tooMany(Page page, String messageKey, long minutes, String back);
    }

    private TooManyPage() {
    }

    /** {@code messageKey} names the text ({@code screening.limits.drafts} or {@code screening.limits.sends}); {@code back} where to try again. */
    static Response response(Lang lang, String messageKey, String back, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        long minutes = Math.max(1, (seconds + 59) / 60);
        Page page = new Page(lang, back, "screening.limits.title");
        return Response.fromResponse(Pages.html(429, Templates.tooMany(page, messageKey, minutes, back)))
                .header("Retry-After", Long.toString(seconds)).build();
    }
}
