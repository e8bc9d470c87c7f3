package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ramsc.prescreen.notify.ConfirmationMails;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.RequestLang;

/**
 * The result of a confirmed screening, and the optional step of sending it to the clinic. The
 * result is computed from the draft on every view: nothing personal is stored until the patient
 * sends it.
 */
@Path("/screening")
@Produces(MediaType.TEXT_HTML)
public class ResultResource {

    private static final Set<String> SEND_FIELDS = Set.of("csrf-token", "consent", "name", "phone", "email",
            "contactTime", "confirmEmail");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance result(Page page, ResultView result, KeyAnswers keyAnswers, String today);

        static native TemplateInstance send(Page page, ContactForm form, Map<String, String> errors,
                List<String> contactTimes, SendOptions options);

        static native TemplateInstance sent(Page page, SubmissionService.SentView sent);
    }

    private final DraftService drafts;
    private final SubmissionService submissions;
    private final RuleSet ruleSet;
    private final RequestLang lang;
    private final ConfirmationMails confirmations;
    private final String timeZone;

    public ResultResource(DraftService drafts, SubmissionService submissions, RuleSet ruleSet, RequestLang lang,
            ConfirmationMails confirmations,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "app.time-zone") String timeZone) {
        this.timeZone = timeZone;
        this.drafts = drafts;
        this.submissions = submissions;
        this.ruleSet = ruleSet;
        this.lang = lang;
        this.confirmations = confirmations;
    }

    /** The confirmation e-mail box: shown only when the installation sends them. */
    public record SendOptions(boolean confirmOffered, boolean confirmChecked) {
    }

    @GET
    @Path("result")
    public Response result(@CookieParam(DraftToken.COOKIE) String token) {
        Optional<DraftService.DraftState> draft = confirmedDraft(token);
        if (draft.isEmpty()) {
            return notReady(token);
        }
        ResultView view = ResultView.of(ruleSet.evaluate(draft.get().answers()), ruleSet, lang.get());
        // the key answers and the date are for the printout, which carries what the PDF carries
        KeyAnswers keyAnswers = KeyAnswers.of(draft.get().answers(), lang.get());
        String today = java.time.LocalDate.now(java.time.ZoneId.of(timeZone)).toString();
        return ScreeningResource.page(200, Templates.result(page("/screening/result", "result.title"), view,
                keyAnswers, today));
    }

    @GET
    @Path("send")
    public Response sendForm(@CookieParam(DraftToken.COOKIE) String token) {
        if (confirmedDraft(token).isEmpty()) {
            return notReady(token);
        }
        ContactForm empty = new ContactForm(false, "", "", "", "");
        return ScreeningResource.page(200, Templates.send(page("/screening/send", "send.title"), empty, Map.of(),
                ContactForm.CONTACT_TIMES, new SendOptions(confirmations.offered(), false)));
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@CookieParam(DraftToken.COOKIE) String token, MultivaluedMap<String, String> form) {
        if (!SEND_FIELDS.containsAll(form.keySet())) {
            throw new BadRequestException();
        }
        if (submissions.findSent(token).isPresent()) {
            // a double click or a resent form: the first one was stored, show it again
            return ScreeningResource.seeOther("/screening/sent");
        }
        Optional<DraftService.DraftState> draft = confirmedDraft(token);
        if (draft.isEmpty()) {
            return notReady(token);
        }
        ContactForm contact = ContactForm.from(form);
        Map<String, String> errors = new java.util.LinkedHashMap<>(contact.problems());
        boolean confirm = confirmations.offered() && "yes".equals(form.getFirst("confirmEmail"));
        if (confirm && contact.email().isEmpty()) {
            errors.putIfAbsent("email", "send.error.confirm_email");
        }
        if (!errors.isEmpty()) {
            return ScreeningResource.page(422, Templates.send(page("/screening/send", "send.title"), contact, errors,
                    ContactForm.CONTACT_TIMES, new SendOptions(confirmations.offered(), confirm)));
        }
        try {
            submissions.send(token, draft.get().answers(), contact, lang.get());
        } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
            // the same draft sent twice at once: the unique draft hash let one through
            if (submissions.findSent(token).isEmpty()) {
                throw raced;
            }
        }
        if (confirm) {
            // queued after the submission's own commit: a crash in between loses the mail, never the submission
            confirmations.request(token);
        }
        return ScreeningResource.seeOther("/screening/sent");
    }

    @GET
    @Path("sent")
    public Response sent(@CookieParam(DraftToken.COOKIE) String token) {
        Optional<SubmissionService.SentView> sent = submissions.findSent(token);
        if (sent.isEmpty()) {
            return ScreeningResource.seeOther("/screening");
        }
        return ScreeningResource.page(200, Templates.sent(page("/screening/sent", "sent.title"), sent.get()));
    }

    private Optional<DraftService.DraftState> confirmedDraft(String token) {
        return drafts.find(token).filter(DraftService.DraftState::completed)
                .filter(d -> Questionnaire.firstIncompleteStep(d.answers()) == Questionnaire.REVIEW_STEP);
    }

    private Response notReady(String token) {
        return ScreeningResource.seeOther(submissions.findSent(token).isPresent() ? "/screening/sent" : "/screening");
    }

    private Page page(String path, String titleKey) {
        return new Page(lang.get(), path, titleKey);
    }
}
