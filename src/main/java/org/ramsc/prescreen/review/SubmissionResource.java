package org.ramsc.prescreen.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.ramsc.prescreen.api.fhir.SubmissionFhirMapper;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.submission.SubmissionStatus;
import org.ramsc.prescreen.web.ClinicTimeZone;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/** One submission: details, status workflow, notes, the re-run against the current rules, FHIR download. */
@Path("/staff/submissions/{id}")
@RolesAllowed(StaffContext.STAFF)
@Produces(MediaType.TEXT_HTML)
public class SubmissionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(Page page, StaffMenu menu, DetailView submission);

        static native TemplateInstance rerun(Page page, StaffMenu menu, RerunView rerun);
    }

    @Inject SubmissionReviewService review;
    @Inject RerunService rerun;
    @Inject FhirExportService fhir;
    @Inject StaffContext staff;
    @Inject RequestLang lang;
    @Inject ClinicTimeZone zone;

    @GET
    public Response detail(@PathParam("id") String id) {
        return render(200, Pages.uuidOrNotFound(id), DetailView.FormState.clean());
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("id") String id, @FormParam("status") String status) {
        UUID uuid = Pages.uuidOrNotFound(id);
        SubmissionStatus target = SubmissionStatus.fromCode(status).orElseThrow(BadRequestException::new);
        return switch (review.changeStatus(uuid, target, staff.actor())) {
            case CHANGED -> Pages.seeOther(ReviewPaths.detail(uuid) + "#status");
            case ILLEGAL -> render(422, uuid, new DetailView.FormState(
                    text("review.detail.status_illegal"), null, ""));
            case NOT_FOUND -> throw new NotFoundException();
        };
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("id") String id, @FormParam("body") String body) {
        UUID uuid = Pages.uuidOrNotFound(id);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > SubmissionNote.MAX_LENGTH) {
            String error = text.isEmpty() ? "review.detail.note_required" : "review.detail.note_too_long";
            return render(422, uuid, new DetailView.FormState(null, text(error), body == null ? "" : body));
        }
        if (!review.addNote(uuid, text, staff.actor())) {
            throw new NotFoundException();
        }
        return Pages.seeOther(ReviewPaths.detail(uuid) + "#notes");
    }

    /** Runs the stored answers through the current rules (audited), then shows the comparison. */
    @POST
    @Path("rerun")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rerun(@PathParam("id") String id) {
        UUID uuid = Pages.uuidOrNotFound(id);
        rerun.rerun(uuid, staff.actor()).orElseThrow(NotFoundException::new);
        return Pages.seeOther(ReviewPaths.detail(uuid) + "/rerun");
    }

    /** The comparison; it changes nothing, so reloading it is harmless. */
    @GET
    @Path("rerun")
    public Response rerunResult(@PathParam("id") String id) {
        UUID uuid = Pages.uuidOrNotFound(id);
        RerunService.Comparison comparison = rerun.compare(uuid).orElseThrow(NotFoundException::new);
        ReviewFormat format = new ReviewFormat(lang.get(), zone.get());
        Page page = new Page(lang.get(), ReviewPaths.detail(uuid) + "/rerun", "review.rerun.title");
        return Pages.html(200, Templates.rerun(page, staff.menu(), RerunView.of(comparison, format)));
    }

    /** The submission as a FHIR QuestionnaireResponse, as a download; audited as an export. */
    @GET
    @Path("fhir.json")
    @Produces(SubmissionFhirMapper.FHIR_JSON)
    public Response fhir(@PathParam("id") String id) {
        UUID uuid = Pages.uuidOrNotFound(id);
        String json = fhir.questionnaireResponse(uuid, staff.actor()).orElseThrow(NotFoundException::new);
        return Response.ok(json, SubmissionFhirMapper.FHIR_JSON + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"submission-" + uuid + ".fhir.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Response render(int status, UUID id, DetailView.FormState form) {
        SubmissionReviewService.SubmissionRecord record = review.view(id, staff.actor())
                .orElseThrow(NotFoundException::new);
        ReviewFormat format = new ReviewFormat(lang.get(), zone.get());
        Page page = new Page(lang.get(), ReviewPaths.detail(id), "review.detail.title");
        return Pages.html(status, Templates.detail(page, staff.menu(), DetailView.of(record, format, form)));
    }

    private String text(String key) {
        return new ReviewFormat(lang.get(), zone.get()).t(key);
    }
}
