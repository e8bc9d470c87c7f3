package org.ramsc.prescreen.admin;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ramsc.prescreen.faq.MarkdownRenderer;
import org.ramsc.prescreen.review.ReviewFormat;
import org.ramsc.prescreen.security.StaffContext;
import org.ramsc.prescreen.security.StaffMenu;
import org.ramsc.prescreen.web.ClinicTimeZone;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/** The FAQ editor: list, create, edit, preview, publish, reorder, history and restore. */
@Path("/admin/faq")
@RolesAllowed(StaffContext.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class FaqAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, StaffMenu menu, List<FaqEditorService.ListItem> entries);

        static native TemplateInstance form(Page page, StaffMenu menu, FaqAdminViews.FormView form);

        static native TemplateInstance preview(Page page, StaffMenu menu, FaqAdminViews.PreviewView entry);

        static native TemplateInstance history(Page page, StaffMenu menu, FaqAdminViews.HistoryView history);
    }

    @Inject FaqEditorService editor;
    @Inject MarkdownRenderer markdown;
    @Inject StaffContext staff;
    @Inject RequestLang lang;
    @Inject ClinicTimeZone zone;

    @GET
    public Response list() {
        return Pages.html(200, Templates.list(page("/admin/faq", "faq.admin.list.title"), staff.menu(),
                editor.list(lang.get())));
    }

    @GET
    @Path("new")
    public Response newForm() {
        return form(200, "/admin/faq", true, FaqForm.of(Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        FaqForm form = FaqForm.read(fields);
        if (!form.isValid()) {
            return form(422, "/admin/faq", true, form);
        }
        UUID id = editor.create(form.texts(), staff.actor());
        return Pages.seeOther(entryPath(id) + "/preview");
    }

    @GET
    @Path("{id}/edit")
    public Response edit(@PathParam("id") String id) {
        FaqEditorService.EntryState entry = entry(id);
        return form(200, entryPath(entry.id()), false, FaqForm.of(entry.draft()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        UUID uuid = Pages.uuidOrNotFound(id);
        FaqForm form = FaqForm.read(fields);
        if (!form.isValid()) {
            return form(422, entryPath(uuid), false, form);
        }
        if (!editor.save(uuid, form.texts(), staff.actor())) {
            throw new NotFoundException();
        }
        return Pages.seeOther(entryPath(uuid) + "/preview");
    }

    @GET
    @Path("{id}/preview")
    public Response preview(@PathParam("id") String id) {
        return renderPreview(200, entry(id), null);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id) {
        UUID uuid = Pages.uuidOrNotFound(id);
        return switch (editor.publish(uuid, staff.actor())) {
            case PUBLISHED -> Pages.seeOther("/admin/faq");
            case INCOMPLETE -> renderPreview(422, entry(id), format().t("faq.admin.error.incomplete"));
            case NOT_FOUND -> throw new NotFoundException();
        };
    }

    @POST
    @Path("{id}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unpublish(@PathParam("id") String id) {
        if (!editor.unpublish(Pages.uuidOrNotFound(id), staff.actor())) {
            throw new NotFoundException();
        }
        return Pages.seeOther("/admin/faq");
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, @FormParam("direction") String direction) {
        int step = switch (direction == null ? "" : direction) {
            case "up" -> -1;
            case "down" -> 1;
            default -> throw new BadRequestException();
        };
        if (!editor.move(Pages.uuidOrNotFound(id), step, staff.actor())) {
            throw new NotFoundException();
        }
        return Pages.seeOther("/admin/faq");
    }

    @GET
    @Path("{id}/history")
    public Response history(@PathParam("id") String id) {
        FaqEditorService.EntryState entry = entry(id);
        List<FaqEditorService.RevisionItem> revisions = editor.history(entry.id()).orElseThrow(NotFoundException::new);
        return Pages.html(200, Templates.history(page(entryPath(entry.id()) + "/history",
                "faq.admin.history.title"), staff.menu(), FaqAdminViews.HistoryView.of(entry.id(), entry.slug(),
                        revisions, format())));
    }

    @POST
    @Path("{id}/revisions/{revision}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") String id, @PathParam("revision") String revision) {
        UUID uuid = Pages.uuidOrNotFound(id);
        if (!editor.restore(uuid, Pages.uuidOrNotFound(revision), staff.actor())) {
            throw new NotFoundException();
        }
        return Pages.seeOther(entryPath(uuid) + "/preview");
    }

    private Response form(int status, String action, boolean isNew, FaqForm form) {
        Page page = page(isNew ? "/admin/faq/new" : action + "/edit",
                isNew ? "faq.admin.new.title" : "faq.admin.edit.title");
        FaqAdminViews.FormView view = FaqAdminViews.FormView.of(action, isNew, form, format());
        return Pages.html(status, Templates.form(page, staff.menu(), view));
    }

    private Response renderPreview(int status, FaqEditorService.EntryState entry, String error) {
        Page page = page(entryPath(entry.id()) + "/preview", "faq.admin.preview.title");
        FaqAdminViews.PreviewView view = FaqAdminViews.PreviewView.of(entry, markdown, error);
        return Pages.html(status, Templates.preview(page, staff.menu(), view));
    }

    private FaqEditorService.EntryState entry(String id) {
        return editor.entry(Pages.uuidOrNotFound(id)).orElseThrow(NotFoundException::new);
    }

    private static String entryPath(UUID id) {
        return "/admin/faq/" + id;
    }

    private Page page(String path, String titleKey) {
        return new Page(lang.get(), path, titleKey);
    }

    private ReviewFormat format() {
        return new ReviewFormat(lang.get(), zone.get());
    }
}
