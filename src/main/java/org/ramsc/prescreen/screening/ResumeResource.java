package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.ramsc.prescreen.notify.MailConfig;
import org.ramsc.prescreen.security.RemoteAddress;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/**
 * "Save and continue later": a code (and its QR code) that opens the same draft on another
 * device. The code is shown once, in the response to the POST that made it (no-store), because
 * only its hash is kept: a redirect to a GET could not show it again.
 */
@Path("/screening")
@Produces(MediaType.TEXT_HTML)
public class ResumeResource {

    private static final Set<String> RESUME_FIELDS = Set.of("csrf-token", "code", "endOther");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance save(Page page, boolean hasDraft, long days);

        static native TemplateInstance saved(Page page, String code, RawString qr, String url, long days);

        static native TemplateInstance resume(Page page, String code, boolean endOther, String error);
    }

    @Inject DraftService drafts;
    @Inject ResumeService resumes;
    @Inject RequestLang lang;
    @Inject DraftCookies cookies;
    @Inject MailConfig mail;

    @GET
    @Path("save")
    public Response saveForm(@CookieParam(DraftToken.COOKIE) String token) {
        boolean hasDraft = drafts.find(token).isPresent();
        return Pages.html(200, Templates.save(page("/screening/save", "screening.resume.save.title"), hasDraft,
                drafts.ttl().toDays()));
    }

    @POST
    @Path("save")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@CookieParam(DraftToken.COOKIE) String token, @Context UriInfo uri) {
        Optional<String> code = resumes.createCode(token);
        if (code.isEmpty()) {
            return Pages.seeOther("/screening/save");
        }
        String base = mail.publicUrl().map(u -> u.replaceAll("/+$", "")).orElseGet(() -> uri.getBaseUri().toString()
                .replaceAll("/+$", ""));
        String url = base + "/screening/resume?code=" + URLEncoder.encode(code.get(), StandardCharsets.US_ASCII);
        Page page = page("/screening/save", "screening.resume.saved.title");
        RawString qr = new RawString(QrSvg.of(url, page.t("screening.resume.saved.qr_label")));
        return Pages.html(200, Templates.saved(page, ResumeCode.grouped(code.get()), qr, url,
                drafts.ttl().toDays()));
    }

    @GET
    @Path("resume")
    public Response resumeForm(@QueryParam("code") String code) {
        String shown = ResumeCode.normalize(code).map(ResumeCode::grouped).orElse("");
        return Pages.html(200, Templates.resume(page("/screening/resume", "screening.resume.title"), shown, false,
                null));
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(MultivaluedMap<String, String> form, @Context RoutingContext context) {
        if (!RESUME_FIELDS.containsAll(form.keySet())) {
            throw new BadRequestException();
        }
        String typed = Optional.ofNullable(form.getFirst("code")).orElse("");
        boolean endOther = "yes".equals(form.getFirst("endOther"));
        ResumeService.Attempt attempt = resumes.resume(typed, RemoteAddress.of(context), endOther);
        if (attempt instanceof ResumeService.Attempt.Resumed resumed) {
            return Pages.redirect("/screening").cookie(cookies.holding(resumed.token())).build();
        }
        boolean locked = attempt instanceof ResumeService.Attempt.Locked;
        String shown = typed.length() > 40 ? typed.substring(0, 40) : typed;
        return Pages.html(locked ? 429 : 422, Templates.resume(page("/screening/resume", "screening.resume.title"),
                shown, endOther, locked ? "screening.resume.error.locked" : "screening.resume.error.wrong"));
    }

    private Page page(String path, String titleKey) {
        return new Page(lang.get(), path, titleKey);
    }
}
