package org.ramsc.prescreen.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.ramsc.prescreen.api.fhir.SubmissionFhirMapper;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.web.ClinicTimeZone;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/** The staff queue and its exports; every filter lives in the URL. */
@Path("/staff")
@RolesAllowed(StaffContext.STAFF)
public class StaffQueueResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page page, StaffMenu menu, QueueView queue);
    }

    @Inject QueueService queue;
    @Inject ExportService export;
    @Inject FhirExportService fhir;
    @Inject StaffContext staff;
    @Inject RequestLang lang;
    @Inject ClinicTimeZone zone;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response queue(@BeanParam QueueFilterParams params, @QueryParam("after") String after) {
        QueueFilter filter = params.filter();
        QueueCursor cursor = QueueCursor.parse(after);
        QueueService.Result result = queue.queue(filter, cursor, staff.actor());
        ReviewFormat format = new ReviewFormat(lang.get(), zone.get());
        Page page = new Page(lang.get(), "/staff", "review.queue.title");
        return Pages.html(200, Templates.queue(page, staff.menu(), QueueView.of(filter, cursor == null,
                result, format)));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response exportCsv(@BeanParam QueueFilterParams params) {
        QueueFilter filter = params.filter();
        Actor actor = staff.actor();
        StreamingOutput body = out -> export.writeCsv(filter, actor, out);
        return download(body, "text/csv; charset=UTF-8", "csv");
    }

    @GET
    @Path("export.fhir.json")
    @Produces(SubmissionFhirMapper.FHIR_JSON)
    public Response exportFhir(@BeanParam QueueFilterParams params) {
        QueueFilter filter = params.filter();
        Actor actor = staff.actor();
        StreamingOutput body = out -> fhir.writeBundle(filter, actor, out);
        return download(body, SubmissionFhirMapper.FHIR_JSON + "; charset=UTF-8", "fhir.json");
    }

    static Response download(StreamingOutput body, String type, String extension) {
        String name = "submissions-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))
                + "." + extension;
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
