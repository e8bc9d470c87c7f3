package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.rules.Scores;
import org.ramsc.prescreen.submission.AnswersJson;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.RuleResultsJson;
import org.ramsc.prescreen.submission.Submission;
import org.ramsc.prescreen.web.ClinicTimeZone;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
import org.ramsc.prescreen.web.RequestLang;

/**
 * "Download PDF": the result as a copy for the patient's doctor, from the confirmed draft or, once
 * sent, from the submission as it was stored (with its reference code). Rendered on the server, so
 * it looks the same everywhere and needs no script.
 */
@Path("/screening")
public class ResultPdfResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pdf(Page page, PdfView pdf, ResultView result, KeyAnswers answers);
    }

    /** What the PDF adds to the result page: the date and, once sent, the reference code. */
    public record PdfView(String date, String referenceCode) {
    }

    @Inject DraftService drafts;
    @Inject RuleSet ruleSet;
    @Inject RequestLang lang;
    @Inject PdfRenderer renderer;
    @Inject ClinicTimeZone zone;

    @GET
    @Path("result.pdf")
    public Response pdf(@CookieParam(DraftToken.COOKIE) String token) {
        Optional<Submission> sent = sentSubmission(token);
        Evaluation evaluation;
        Answers answers;
        String reference = null;
        Instant when = Instant.now();
        if (sent.isPresent()) {
            Submission submission = sent.get();
            answers = AnswersJson.read(submission.answers);
            // the rules as they were decided when it was sent, not as today's rules would decide
            List<RuleResult> results = RuleResultsJson.read(submission.ruleResults);
            evaluation = new Evaluation(submission.questionnaireVersion, submission.rulesetVersion,
                    Outcome.valueOf(submission.outcome), results, Scores.of(answers));
            reference = ReferenceCode.grouped(submission.referenceCode);
            when = submission.createdAt;
        } else {
            Optional<DraftService.DraftState> draft = drafts.find(token).filter(DraftService.DraftState::completed)
                    .filter(d -> Questionnaire.firstIncompleteStep(d.answers()) == Questionnaire.REVIEW_STEP);
            if (draft.isEmpty()) {
                return Pages.redirect("/screening").build();
            }
            answers = draft.get().answers();
            evaluation = ruleSet.evaluate(answers);
        }
        Lang current = lang.get();
        Page page = new Page(current, "/screening/result.pdf", "screening.pdf.title");
        PdfView view = new PdfView(LocalDate.ofInstant(when, zone.get()).toString(), reference);
        String xhtml = Templates.pdf(page, view, ResultView.of(evaluation, ruleSet, current),
                KeyAnswers.of(answers, current)).render();
        String name = reference == null ? "ra-msc-prescreen.pdf" : "ra-msc-prescreen-" + reference + ".pdf";
        return Response.ok(renderer.render(xhtml), "application/pdf")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static Optional<Submission> sentSubmission(String token) {
        if (!DraftToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return Submission.findByDraftTokenHash(DraftToken.hash(token));
    }
}
