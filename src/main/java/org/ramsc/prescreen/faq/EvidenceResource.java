package org.ramsc.prescreen.faq;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.RequestLang;

/** The published figures behind the tool, drawn as a chart with its data table beside it. */
@Path("/evidence")
public class EvidenceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evidence(Page page, EvidenceChart chart,
                List<EvidenceFigures.Measure> measures);
    }

    @Inject RequestLang lang;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance evidence() {
        Page page = new Page(lang.get(), "/evidence", "faq.evidence.title");
        return Templates.evidence(page, EvidenceChart.layout(page), EvidenceFigures.MEASURES);
    }
}
