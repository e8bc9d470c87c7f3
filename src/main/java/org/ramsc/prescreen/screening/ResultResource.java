package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.security.RemoteAddress;
import org.ramsc.prescreen.web.ClinicTimeZone;
import org.ramsc.prescreen.web.CsrfTokens;
import org.ramsc.prescreen.web.KeepsStaleForm;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
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
            "contactTime", ContactForm.HONEYPOT, "confirmEmail");


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance result(Page page, ResultView result, KeyAnswers keyAnswers, String today);

        static native TemplateInstance send(Page page, ContactForm form, Map<String, String> errors,
                List<String> contactTimes, SendOptions options);

        static native TemplateInstance sent(Page page, SubmissionService.SentView sent, ResultView result,
                ClinicContact clinic);
    }

    @Inject ScreeningFlow flow;
    @Inject DraftService drafts;
    @Inject SubmissionService submissions;
    @Inject RuleSet ruleSet;
    @Inject RequestLang lang;
    @Inject CsrfTokens csrf;
    @Inject ClinicContact clinic;
    @Inject ClinicTimeZone zone;

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
        Answers answers = draft.get().answers();
        ResultView view = ResultView.of(ruleSet.evaluate(answers), ruleSet, lang.get(), answers);
        // the key answers and the date are for the printout, which carries what the PDF carries
        KeyAnswers keyAnswers = KeyAnswers.of(answers, lang.get());
        String today = java.time.LocalDate.now(zone.get()).toString();
        return Pages.html(200, Templates.result(page("/screening/result", "screening.result.title"), view,
                keyAnswers, today));
    }

    @GET
    @Path("send")
    public Response sendForm(@CookieParam(DraftToken.COOKIE) String token) {
        if (confirmedDraft(token).isEmpty()) {
            return notReady(token);
        }
        ContactForm empty = new ContactForm(false, "", "", "", "");
        return Pages.html(200, Templates.send(page("/screening/send", "screening.send.title"), empty, Map.of(),
                ContactForm.CONTACT_TIMES, new SendOptions(flow.confirmationOffered(), false)));
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @KeepsStaleForm
    public Response send(@CookieParam(DraftToken.COOKIE) String token, MultivaluedMap<String, String> form,
            @Context RoutingContext request) {
        if (!SEND_FIELDS.containsAll(form.keySet())) {
            throw new BadRequestException();
        }
        if (csrf.isRejected()) {
            // the contact details as typed, with a fresh token: nothing is sent until the patient confirms
            return Pages.html(422, Templates.send(page("/screening/send", "screening.send.title"),
                    ContactForm.from(form), Map.of(), ContactForm.CONTACT_TIMES, new SendOptions(flow.confirmationOffered(),
                            flow.confirmationOffered() && "yes".equals(form.getFirst("confirmEmail")))));
        }
        ContactForm contact = ContactForm.from(form);
        boolean confirm = "yes".equals(form.getFirst("confirmEmail"));
        ScreeningFlow.SendMove move = flow.send(token, contact, confirm, form.getFirst(ContactForm.HONEYPOT),
                lang.get(), RemoteAddress.of(request));
        if (move instanceof ScreeningFlow.SendMove.Invalid invalid) {
            return Pages.html(422, Templates.send(page("/screening/send", "screening.send.title"), contact, invalid.errors(),
                    ContactForm.CONTACT_TIMES, new SendOptions(flow.confirmationOffered(),
                            flow.confirmationOffered() && confirm)));
        }
        if (move instanceof ScreeningFlow.SendMove.Limited limited) {
            // the draft is untouched: the patient can send it once the window has passed
            return TooManyPage.response(lang.get(), "screening.limits.sends", "/screening/send", limited.retryAfter());
        }
        if (move instanceof ScreeningFlow.SendMove.Elsewhere elsewhere) {
            return Pages.seeOther(elsewhere.place().path());
        }
        return Pages.seeOther(ScreeningFlow.Place.SENT.path());
    }

    @GET
    @Path("sent")
    public Response sent(@CookieParam(DraftToken.COOKIE) String token) {
        Optional<SubmissionService.SentPage> sent = submissions.findSentPage(token, drafts.ttl());
        if (sent.isEmpty()) {
            return Pages.seeOther("/screening");
        }
        // the result as it was decided when sent, while the draft would have lived; null after that
        ResultView result = sent.get().result().map(this::asSent).orElse(null);
        return Pages.html(200, Templates.sent(page("/screening/sent", "screening.sent.title"), sent.get().sent(),
                result, clinic));
    }

    private ResultView asSent(SubmissionService.SentResult sent) {
        // the scores come from the answers; outcome and reasons exactly as stored with the submission
        Evaluation now = ruleSet.evaluate(sent.answers());
        Evaluation asSent = new Evaluation(sent.questionnaireVersion(), sent.rulesetVersion(),
                Outcome.valueOf(sent.outcome()), sent.results(), now.scores());
        return ResultView.of(asSent, ruleSet, lang.get(), sent.answers());
    }

    private Optional<DraftService.DraftState> confirmedDraft(String token) {
        return flow.finished(token);
    }

    private Response notReady(String token) {
        return Pages.seeOther(flow.withoutResult(token).path());
    }

    private Page page(String path, String titleKey) {
        return new Page(lang.get(), path, titleKey);
    }
}
