package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.RequestLang;

/**
 * The start page: what the tool does and does not do, and what it stores. Its text depends on the
 * language alone, so each language is rendered once and served from memory, as UTF-8 bytes that the
 * HTTP layer need not encode again.
 */
@Path("/")
public class LandingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(Page page, int steps);
    }

    @Inject RequestLang lang;
    private final Map<Lang, byte[]> rendered = new ConcurrentHashMap<>();

    @GET
    @NonBlocking
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public byte[] landing() {
        return rendered.computeIfAbsent(lang.get(),
                current -> Templates.landing(new Page(current, "/", "screening.landing.title"),
                        // the same count as the wizard's "Step 1 of n": the questions' steps and the review
                        Questionnaire.REVIEW_STEP).render().getBytes(StandardCharsets.UTF_8));
    }
}
