package org.ramsc.prescreen.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.web.ClinicTimeZone;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/** An admin erases a submission when the patient asks: a confirm page, then the erasure. */
@Path("/admin/submissions")
@RolesAllowed(StaffContext.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ErasureResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(Page page, StaffMenu menu, ErasureService.Candidate candidate,
                String created,
                String typed, String error);

        static native TemplateInstance erased(Page page, StaffMenu menu);
    }

    @Inject ErasureService erasure;
    @Inject StaffContext staff;
    @Inject RequestLang lang;
    @Inject ClinicTimeZone zone;

    @GET
    @Path("{id}/erase")
    public Response confirm(@PathParam("id") String id) {
        return render(200, Pages.uuidOrNotFound(id), "", null);
    }

    @POST
    @Path("{id}/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@PathParam("id") String id, @FormParam("confirm") String typed) {
        UUID uuid = Pages.uuidOrNotFound(id);
        return switch (erasure.erase(uuid, typed, staff.actor())) {
            case ERASED -> Pages.seeOther("/admin/submissions/erased");
            case CODE_MISMATCH -> render(422, uuid, typed == null ? "" : typed, "review.erase.mismatch");
            case NOT_FOUND -> throw new NotFoundException();
        };
    }

    @GET
    @Path("erased")
    public Response erased() {
        return Pages.html(200, Templates.erased(new Page(lang.get(), "/admin/submissions/erased",
                "review.erase.done_title"), staff.menu()));
    }

    private Response render(int status, UUID id, String typed, String errorKey) {
        ErasureService.Candidate candidate = erasure.candidate(id).orElseThrow(NotFoundException::new);
        ReviewFormat format = new ReviewFormat(lang.get(), zone.get());
        Page page = new Page(lang.get(), "/admin/submissions/" + id + "/erase", "review.erase.title");
        return Pages.html(status, Templates.confirm(page, staff.menu(), candidate,
                format.time(candidate.createdAt()),
                typed, errorKey == null ? null : format.t(errorKey)));
    }
}
