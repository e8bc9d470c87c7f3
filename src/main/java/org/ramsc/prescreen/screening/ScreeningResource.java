package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.security.RemoteAddress;
import org.ramsc.prescreen.web.CsrfTokens;
import org.ramsc.prescreen.web.KeepsStaleForm;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.RequestLang;

/**
 * The patient wizard: one step per page, Post/Redirect/Get, answers saved to the draft after every
 * valid step. A failed step re-renders with 422 and the values as entered.
 */
@Path("/screening")
@Produces(MediaType.TEXT_HTML)
public class ScreeningResource {

    /**
     * Which submit button of a step form was used: "Next" sends none; Back and the language
     * buttons leave the step without validating it, keeping what is on the page (no script needed).
     */
    static final String NAV = "nav";
    static final String NAV_BACK = "back";
    static final String NAV_STAY = "stay";
    /** "Save and continue later": keep the entries, then show the resume code. */
    static final String NAV_SAVE = "save";

    static final Set<String> FORM_CONTROL_FIELDS = Set.of("csrf-token", NAV);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance step(Page page, StepView step, String action, String langAction);

        static native TemplateInstance review(Page page, ReviewView review);

        static native TemplateInstance restart(Page page, String backTo);
    }

    private final DraftService drafts;
    private final SubmissionService submissions;
    private final RuleSet ruleSet;
    private final ScreeningMetrics metrics;
    private final RequestLang lang;
    private final CsrfTokens csrf;
    private final boolean secureCookies;

    public ScreeningResource(DraftService drafts, SubmissionService submissions, RuleSet ruleSet,
            ScreeningMetrics metrics, RequestLang lang, CsrfTokens csrf,
            @ConfigProperty(name = "app.cookies.secure") boolean secureCookies) {
        this.drafts = drafts;
        this.submissions = submissions;
        this.ruleSet = ruleSet;
        this.metrics = metrics;
        this.lang = lang;
        this.csrf = csrf;
        this.secureCookies = secureCookies;
    }

    @GET
    public Response start(@CookieParam(DraftToken.COOKIE) String token) {
        Optional<DraftService.DraftState> draft = drafts.find(token);
        if (draft.isEmpty()) {
            return seeOther("/screening/step/1");
        }
        if (draft.get().completed()) {
            return seeOther("/screening/result");
        }
        return seeOther(stepPath(Questionnaire.firstIncompleteStep(draft.get().answers())));
    }

    @GET
    @Path("step/{n}")
    public Response showStep(@PathParam("n") String n, @CookieParam(DraftToken.COOKIE) String token) {
        Step step = stepOrNotFound(n);
        Answers answers = drafts.find(token).map(DraftService.DraftState::answers).orElse(Answers.empty());
        int reachable = Questionnaire.firstIncompleteStep(answers);
        if (step.number() > reachable) {
            return seeOther(stepPath(reachable));
        }
        StepView view = new StepViews(lang.get()).fromAnswers(step, answers);
        return page(200, Templates.step(page(step), view, action(step, null), langAction(step, null)));
    }

    @POST
    @Path("step/{n}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @KeepsStaleForm
    public Response saveStep(@PathParam("n") String n, @QueryParam("return") String returnTo,
            @CookieParam(DraftToken.COOKIE) String token, MultivaluedMap<String, String> form,
            @Context RoutingContext request) {
        Step step = stepOrNotFound(n);
        Map<String, List<String>> posted = stepFields(step, form);
        if (csrf.isRejected()) {
            // a tab left open past its token, or a post from elsewhere: show what was typed, store nothing
            StepView view = new StepViews(lang.get()).fromForm(step, posted, List.of());
            return page(422, Templates.step(page(step), view, action(step, returnTo), langAction(step, returnTo)));
        }
        String nav = form.getFirst(NAV);
        if (NAV_BACK.equals(nav) || NAV_STAY.equals(nav) || NAV_SAVE.equals(nav)) {
            String target = NAV_BACK.equals(nav) ? stepPath(Math.max(1, step.number() - 1))
                    : NAV_SAVE.equals(nav) ? "/screening/save" : action(step, returnTo);
            return leaveStep(step, token, posted, target, RemoteAddress.of(request));
        }
        DraftService.StepSave result = drafts.saveStep(token, step, posted, lang.get(), RemoteAddress.of(request));
        if (result instanceof DraftService.StepSave.Limited limited) {
            return TooManyPage.response(lang.get(), "screening.limits.drafts", "/screening/step/1", limited.retryAfter());
        }
        if (result instanceof DraftService.StepSave.OutOfOrder outOfOrder) {
            // a step posted before the ones it follows: nothing is saved, the patient goes back in order
            return seeOther(stepPath(outOfOrder.reachable()));
        }
        if (result instanceof DraftService.StepSave.Invalid invalid) {
            StepView view = new StepViews(lang.get()).fromForm(step, posted, invalid.validation().problems());
            return page(422, Templates.step(page(step), view, action(step, returnTo), langAction(step, returnTo)));
        }
        DraftService.StepSave.Saved saved = (DraftService.StepSave.Saved) result;
        if (saved.created()) {
            // no live draft came with the request, so this step started a new one
            metrics.started();
        }
        int next = Questionnaire.firstIncompleteStep(saved.answers());
        String target = "review".equals(returnTo) || step.number() == Questionnaire.STEPS.size()
                ? stepPath(next)
                : stepPath(Math.min(step.number() + 1, next));
        return Response.seeOther(URI.create(target)).cookie(draftCookie(saved.token())).build();
    }

    /** Back, or the same step in another language: what is on the page is kept, not checked. */
    private Response leaveStep(Step step, String token, Map<String, List<String>> posted, String target,
            String address) {
        DraftService.StepSave result = drafts.keepEntries(token, step, posted, lang.get(), address);
        if (result instanceof DraftService.StepSave.Limited limited) {
            return TooManyPage.response(lang.get(), "screening.limits.drafts", "/screening/step/1", limited.retryAfter());
        }
        if (result instanceof DraftService.StepSave.OutOfOrder outOfOrder) {
            return seeOther(stepPath(outOfOrder.reachable()));
        }
        DraftService.StepSave.Saved saved = (DraftService.StepSave.Saved) result;
        Response.ResponseBuilder redirect = Response.seeOther(URI.create(target));
        if (saved.created()) {
            metrics.started();
        }
        if (saved.token() != null) {
            redirect.cookie(draftCookie(saved.token()));
        }
        return redirect.build();
    }

    @GET
    @Path("review")
    public Response review(@CookieParam(DraftToken.COOKIE) String token) {
        Answers answers = drafts.find(token).map(DraftService.DraftState::answers).orElse(Answers.empty());
        int reachable = Questionnaire.firstIncompleteStep(answers);
        if (reachable != Questionnaire.REVIEW_STEP) {
            return seeOther(stepPath(reachable));
        }
        Page page = new Page(lang.get(), "/screening/review", "q.step.review.title");
        return page(200, Templates.review(page, ReviewView.of(answers, lang.get())));
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmReview(@CookieParam(DraftToken.COOKIE) String token) {
        DraftService.ReviewConfirmation confirmation = drafts.confirmReview(token);
        if (confirmation.goBackTo().isPresent()) {
            return seeOther(confirmation.goBackTo().get());
        }
        // the result page this leads to is this draft's first; later views and changes count nothing
        confirmation.firstTime().ifPresent(answers -> metrics.completed(ruleSet.evaluate(answers).outcome()));
        return seeOther("/screening/result");
    }

    /** "Start again" deletes everything: it asks first, on a page of its own that needs no script. */
    @GET
    @Path("restart")
    public Response confirmRestart(@CookieParam(DraftToken.COOKIE) String token) {
        Optional<DraftService.DraftState> draft = drafts.find(token);
        String backTo = draft.isEmpty() ? "/screening/sent"
                : draft.get().completed() ? "/screening/result" : "/screening";
        if (draft.isEmpty() && !hasSent(token)) {
            backTo = "/screening";
        }
        Page page = new Page(lang.get(), "/screening/restart", "screening.restart.title");
        return page(200, Templates.restart(page, backTo));
    }

    private boolean hasSent(String token) {
        return submissions.findSent(token).isPresent();
    }

    @POST
    @Path("restart")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restart(@CookieParam(DraftToken.COOKIE) String token) {
        drafts.delete(token);
        return Response.seeOther(URI.create("/screening/step/1")).cookie(expiredDraftCookie()).build();
    }

    /** Only the step's own fields (and the CSRF token) may be posted; anything else is tampering. */
    private static Map<String, List<String>> stepFields(Step step, MultivaluedMap<String, String> form) {
        Map<String, List<String>> fields = new HashMap<>();
        for (String key : form.keySet()) {
            if (FORM_CONTROL_FIELDS.contains(key)) {
                continue;
            }
            boolean known = step.items().stream().anyMatch(item -> item.id().equals(key));
            if (!known) {
                throw new BadRequestException();
            }
            fields.put(key, form.get(key));
        }
        // an unticked checkbox list sends nothing: on its own page that means "none of these"
        for (Item item : step.items()) {
            if (item.type() == ItemType.CODES) {
                fields.putIfAbsent(item.id(), List.of());
            }
        }
        return fields;
    }

    private static Step stepOrNotFound(String n) {
        if (n == null || !n.matches("[1-9]")) {
            throw new NotFoundException();
        }
        int number = Integer.parseInt(n);
        if (number > Questionnaire.STEPS.size()) {
            throw new NotFoundException();
        }
        return Questionnaire.step(number);
    }

    static String stepPath(int number) {
        return number == Questionnaire.REVIEW_STEP ? "/screening/review" : "/screening/step/" + number;
    }

    private static String action(Step step, String returnTo) {
        return "/screening/step/" + step.number() + ("review".equals(returnTo) ? "?return=review" : "");
    }

    /** Where a language button posts the step: the same step, the language read by the language filter. */
    private static String langAction(Step step, String returnTo) {
        String action = action(step, returnTo);
        return action + (action.contains("?") ? "&" : "?") + "lang=";
    }

    private Page page(Step step) {
        return new Page(lang.get(), "/screening/step/" + step.number(), "q.step." + step.key() + ".title");
    }

    static Response page(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(template.render()).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    NewCookie draftCookie(String token) {
        return new NewCookie.Builder(DraftToken.COOKIE).value(token).path("/screening")
                .maxAge((int) drafts.ttl().toSeconds()).httpOnly(true).secure(secureCookies)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    NewCookie expiredDraftCookie() {
        return new NewCookie.Builder(DraftToken.COOKIE).value("").path("/screening").maxAge(0)
                .httpOnly(true).secure(secureCookies).sameSite(NewCookie.SameSite.LAX).build();
    }
}
