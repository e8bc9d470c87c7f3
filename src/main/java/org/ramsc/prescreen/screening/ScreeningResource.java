package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;
import org.ramsc.prescreen.security.RemoteAddress;
import org.ramsc.prescreen.web.CsrfTokens;
import org.ramsc.prescreen.web.KeepsStaleForm;
import org.ramsc.prescreen.web.Page;
import org.ramsc.prescreen.web.Pages;
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

        static native TemplateInstance review(Page page, AnswerSummary review);

        static native TemplateInstance restart(Page page, String backTo);
    }

    @Inject ScreeningFlow flow;
    @Inject RequestLang lang;
    @Inject CsrfTokens csrf;
    @Inject DraftCookies cookies;

    @GET
    public Response start(@CookieParam(DraftToken.COOKIE) String token) {
        return Pages.seeOther(flow.entry(token).path());
    }

    @GET
    @Path("step/{n}")
    public Response showStep(@PathParam("n") String n, @CookieParam(DraftToken.COOKIE) String token) {
        Step step = stepOrNotFound(n);
        Answers answers = flow.answers(token);
        Optional<ScreeningFlow.Place> first = flow.notYet(step.number(), answers);
        if (first.isPresent()) {
            return Pages.seeOther(first.get().path());
        }
        StepView view = new StepViews(lang.get()).fromAnswers(step, answers);
        return Pages.html(200, Templates.step(page(step), view, action(step, null), langAction(step, null)));
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
            return Pages.html(422, Templates.step(page(step), view, action(step, returnTo), langAction(step, returnTo)));
        }
        ScreeningFlow.Leave leave = leave(form.getFirst(NAV));
        ScreeningFlow.StepMove move = flow.leaveStep(token, step, posted, leave, "review".equals(returnTo),
                lang.get(), RemoteAddress.of(request));
        if (move instanceof ScreeningFlow.StepMove.Limited limited) {
            return TooManyPage.response(lang.get(), "screening.limits.drafts", "/screening/step/1", limited.retryAfter());
        }
        if (move instanceof ScreeningFlow.StepMove.Invalid invalid) {
            StepView view = new StepViews(lang.get()).fromForm(step, posted, invalid.validation().problems());
            return Pages.html(422, Templates.step(page(step), view, action(step, returnTo), langAction(step, returnTo)));
        }
        ScreeningFlow.StepMove.Moved moved = (ScreeningFlow.StepMove.Moved) move;
        // the language buttons come back to this step as it was reached, from the check page or not
        String target = leave == ScreeningFlow.Leave.STAY ? action(step, returnTo) : moved.next().path();
        Response.ResponseBuilder redirect = Pages.redirect(target);
        if (moved.token() != null) {
            redirect.cookie(cookies.holding(moved.token()));
        }
        return redirect.build();
    }

    private static ScreeningFlow.Leave leave(String nav) {
        if (nav == null) {
            return ScreeningFlow.Leave.NEXT;
        }
        return switch (nav) {
            case NAV_BACK -> ScreeningFlow.Leave.BACK;
            case NAV_STAY -> ScreeningFlow.Leave.STAY;
            case NAV_SAVE -> ScreeningFlow.Leave.SAVE;
            default -> ScreeningFlow.Leave.NEXT;
        };
    }

    @GET
    @Path("review")
    public Response review(@CookieParam(DraftToken.COOKIE) String token) {
        Answers answers = flow.answers(token);
        Optional<ScreeningFlow.Place> first = flow.notYet(Questionnaire.REVIEW_STEP, answers);
        if (first.isPresent()) {
            return Pages.seeOther(first.get().path());
        }
        Page page = new Page(lang.get(), "/screening/review", "q.step.review.title");
        return Pages.html(200, Templates.review(page, AnswerSummary.of(answers, lang.get())));
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmReview(@CookieParam(DraftToken.COOKIE) String token) {
        return Pages.seeOther(flow.confirmCheck(token).path());
    }

    /** "Start again" deletes everything: it asks first, on a page of its own that needs no script. */
    @GET
    @Path("restart")
    public Response confirmRestart(@CookieParam(DraftToken.COOKIE) String token) {
        String backTo = flow.keepGoing(token).path();
        Page page = new Page(lang.get(), "/screening/restart", "screening.restart.title");
        return Pages.html(200, Templates.restart(page, backTo));
    }

    @POST
    @Path("restart")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restart(@CookieParam(DraftToken.COOKIE) String token) {
        flow.restart(token);
        return Pages.redirect(ScreeningFlow.Place.FIRST_STEP.path()).cookie(cookies.expired()).build();
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

    private static String action(Step step, String returnTo) {
        return "/screening/step/" + step.number() + ("review".equals(returnTo) ? "?return=review" : "");
    }

    /** Where a language button posts the step: the same step, the language read by the language filter. */
    private static String langAction(Step step, String returnTo) {
        String action = action(step, returnTo);
        return action + (action.contains("?") ? "&" : "?") + "lang=";
    }

    private Page page(Step step) {
        return new Page(lang.get(), "/screening/step/" + step.number(), step.titleKey());
    }
}
