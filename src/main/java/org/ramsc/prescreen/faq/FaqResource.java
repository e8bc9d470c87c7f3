package org.ramsc.prescreen.faq;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.RequestLang;

/**
 * The public questions-and-answers page. Served from memory on the I/O thread; only after a change
 * is it read from the database again, on a worker thread.
 */
@Path("/faq")
public class FaqResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance faq(Page page, List<FaqService.Item> items);
    }

    @Inject FaqService faq;
    @Inject PublicFaqCache cache;
    @Inject RequestLang lang;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Uni<byte[]> faq() {
        Lang current = lang.get();
        byte[] cached = cache.get(current);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return Uni.createFrom().item(() -> cache.render(current, () -> render(current)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private String render(Lang current) {
        return Templates.faq(new Page(current, "/faq", "faq.page.title"), faq.published(current)).render();
    }
}
