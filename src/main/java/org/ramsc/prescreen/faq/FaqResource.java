package org.ramsc.prescreen.faq;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.RequestLang;

/** The public questions-and-answers page. */
@Path("/faq")
public class FaqResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance faq(Page page, List<FaqService.Item> items);
    }

    private final FaqService faq;
    private final RequestLang lang;

    public FaqResource(FaqService faq, RequestLang lang) {
        this.faq = faq;
        this.lang = lang;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance faq() {
        return Templates.faq(new Page(lang.get(), "/faq", "faq.page.title"), faq.published(lang.get()));
    }
}
