package org.ramsc.prescreen.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.notify.ConfirmationMails;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;
import org.ramsc.prescreen.questionnaire.Validation;
import org.ramsc.prescreen.rules.RuleSet;

/**
 * Where a patient goes next in the wizard, and sending a finished screening to the clinic once.
 * The resources only turn what this answers into a redirect or a page; the order of the steps,
 * the check page, the result and the sent page is decided here alone.
 */
@ApplicationScoped
public class ScreeningFlow {

    private static final Logger LOG = Logger.getLogger(ScreeningFlow.class);

    /** A place in the wizard; {@code step} is the step's number for {@link Kind#STEP}, else 0. */
    public record Place(Kind kind, int step) {

        public enum Kind { STEP, CHECK, SAVE, RESULT, SENT, START }

        public static final Place FIRST_STEP = new Place(Kind.STEP, 1);
        public static final Place CHECK_PAGE = new Place(Kind.CHECK, 0);
        public static final Place SAVE_PAGE = new Place(Kind.SAVE, 0);
        public static final Place RESULT = new Place(Kind.RESULT, 0);
        public static final Place SENT = new Place(Kind.SENT, 0);
        public static final Place START = new Place(Kind.START, 0);

        /** Step {@code number}, or the check page when every step is done. */
        public static Place step(int number) {
            return number == Questionnaire.REVIEW_STEP ? CHECK_PAGE : new Place(Kind.STEP, number);
        }

        public String path() {
            return switch (kind) {
                case STEP -> "/screening/step/" + step;
                case CHECK -> "/screening/review";
                case SAVE -> "/screening/save";
                case RESULT -> "/screening/result";
                case SENT -> "/screening/sent";
                case START -> "/screening";
            };
        }
    }

    /** What became of a posted step. */
    public sealed interface StepMove {
        /** Saved (or kept): go on to {@code next}; {@code token} is the draft's cookie, null when unchanged. */
        record Moved(Place next, String token) implements StepMove {
        }

        /** Not saved: the page again with these problems. */
        record Invalid(Validation validation) implements StepMove {
        }

        /** Over the address's limit of new drafts: nothing saved. */
        record Limited(Duration retryAfter) implements StepMove {
        }
    }

    /** How a patient leaves a step: Next checks it; Back, the language buttons and Save keep what is there. */
    public enum Leave { NEXT, BACK, STAY, SAVE }

    /** What became of a send. */
    public sealed interface SendMove {
        /** Stored now or before (a double click): the sent page. */
        record Sent() implements SendMove {
        }

        /** Not stored: the form again with field → message key. */
        record Invalid(Map<String, String> errors) implements SendMove {
        }

        /** Not stored, and the patient belongs elsewhere (no finished draft, or a script's send). */
        record Elsewhere(Place place) implements SendMove {
        }

        /** Over the address's limit of sends: the draft is untouched. */
        record Limited(Duration retryAfter) implements SendMove {
        }
    }

    @Inject DraftService drafts;
    @Inject SubmissionService submissions;
    @Inject PatientLimits limits;
    @Inject ConfirmationMails confirmations;
    @Inject ScreeningMetrics metrics;
    @Inject RuleSet ruleSet;

    /** {@code /screening}: a new patient starts, a returning one continues where they left off. */
    public Place entry(String token) {
        Optional<DraftService.DraftState> draft = drafts.find(token);
        if (draft.isEmpty()) {
            return Place.FIRST_STEP;
        }
        return draft.get().completed() ? Place.RESULT : Place.step(Questionnaire.firstIncompleteStep(draft.get().answers()));
    }

    /** The draft's answers so far (none without a live draft). */
    public Answers answers(String token) {
        return drafts.find(token).map(DraftService.DraftState::answers).orElse(Answers.empty());
    }

    /** Where a patient asking for {@code step} (the check page: {@link Questionnaire#REVIEW_STEP}) must go first, if not there. */
    public Optional<Place> notYet(int step, Answers answers) {
        int reachable = Questionnaire.firstIncompleteStep(answers);
        boolean allowed = step == Questionnaire.REVIEW_STEP ? reachable == Questionnaire.REVIEW_STEP : step <= reachable;
        return allowed ? Optional.empty() : Optional.of(Place.step(reachable));
    }

    /**
     * Saves a posted step. Next validates it and moves on (back to the check page when the patient
     * came from there, else to the next unfinished step); the other ways out keep the entries as they
     * are, unchecked; the language buttons ({@link Leave#STAY}) lead to the same step.
     */
    public StepMove leaveStep(String token, Step step, Map<String, List<String>> posted, Leave leave, boolean fromCheck,
            Lang lang, String address) {
        DraftService.StepSave result = leave == Leave.NEXT
                ? drafts.saveStep(token, step, posted, lang, address)
                : drafts.keepEntries(token, step, posted, lang, address);
        if (result instanceof DraftService.StepSave.Limited limited) {
            return new StepMove.Limited(limited.retryAfter());
        }
        if (result instanceof DraftService.StepSave.OutOfOrder outOfOrder) {
            // a step posted before the ones it follows: nothing is saved, the patient goes back in order
            return new StepMove.Moved(Place.step(outOfOrder.reachable()), null);
        }
        if (result instanceof DraftService.StepSave.Invalid invalid) {
            return new StepMove.Invalid(invalid.validation());
        }
        DraftService.StepSave.Saved saved = (DraftService.StepSave.Saved) result;
        if (saved.created()) {
            // no live draft came with the request, so this step started a new one
            metrics.started();
        }
        Place next = switch (leave) {
            case BACK -> Place.step(Math.max(1, step.number() - 1));
            case STAY -> Place.step(step.number());
            case SAVE -> Place.SAVE_PAGE;
            case NEXT -> {
                int unfinished = Questionnaire.firstIncompleteStep(saved.answers());
                yield Place.step(fromCheck || step.number() == Questionnaire.STEPS.size()
                        ? unfinished : Math.min(step.number() + 1, unfinished));
            }
        };
        return new StepMove.Moved(next, saved.token());
    }

    /** The check page confirmed: the result, or back to a step that is not finished. */
    public Place confirmCheck(String token) {
        DraftService.ReviewConfirmation confirmation = drafts.confirmReview(token);
        if (confirmation.goBackTo().isPresent()) {
            return Place.step(confirmation.goBackTo().get());
        }
        // the result page this leads to is this draft's first; later views and changes count nothing
        confirmation.firstTime().ifPresent(answers -> metrics.completed(ruleSet.evaluate(answers).outcome()));
        return Place.RESULT;
    }

    /** A draft whose check page was confirmed, with every step still complete: it has a result. */
    public Optional<DraftService.DraftState> finished(String token) {
        return drafts.find(token).filter(DraftService.DraftState::completed)
                .filter(d -> Questionnaire.firstIncompleteStep(d.answers()) == Questionnaire.REVIEW_STEP);
    }

    /** Where a patient without a result to show belongs: the sent page once sent, else the start. */
    public Place withoutResult(String token) {
        return submissions.findSent(token).isPresent() ? Place.SENT : Place.START;
    }

    /**
     * Sends the finished draft to the clinic, once: a resent or double-clicked form finds the first
     * submission. {@code honeypot} is the hidden field only scripts fill in; {@code confirmEmail}
     * whether the patient asked for a confirmation e-mail.
     */
    public SendMove send(String token, ContactForm contact, boolean confirmEmail, String honeypot, Lang lang,
            String address) {
        // sending deletes the draft: without a finished draft, it may have been sent already (a double click)
        Optional<DraftService.DraftState> draft = finished(token);
        if (draft.isEmpty()) {
            return submissions.findSent(token).isPresent() ? new SendMove.Sent() : new SendMove.Elsewhere(Place.START);
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>(contact.problems());
        boolean confirm = confirmations.offered() && confirmEmail;
        if (confirm && contact.email().isEmpty()) {
            errors.putIfAbsent("email", "screening.send.error.confirm_email");
        }
        if (!errors.isEmpty()) {
            return new SendMove.Invalid(errors);
        }
        if (honeypot != null && !honeypot.isEmpty()) {
            // only a script fills a field that people neither see nor reach: refuse without saying so
            LOG.info("Refused a send whose hidden honeypot field was filled in");
            return new SendMove.Elsewhere(Place.RESULT);
        }
        Optional<Duration> retryAfter = limits.tryAcquire(PatientLimits.Kind.SEND, address);
        if (retryAfter.isPresent()) {
            return new SendMove.Limited(retryAfter.get());
        }
        SubmissionService.SentView sent = submissions.send(token, draft.get().answers(), contact.contact(), lang,
                address);
        if (confirm) {
            // queued after the submission's own commit: a crash in between loses the mail, never the submission
            confirmations.request(sent.referenceCode());
        }
        return new SendMove.Sent();
    }

    /** Where "keep my answers" on the start-again page leads: the result, the sent page, or the wizard. */
    public Place keepGoing(String token) {
        Optional<DraftService.DraftState> draft = drafts.find(token);
        if (draft.isEmpty()) {
            return withoutResult(token);
        }
        return draft.get().completed() ? Place.RESULT : Place.START;
    }

    /** Start again: the draft and its answers are deleted. */
    public void restart(String token) {
        drafts.delete(token);
    }

    /** Whether this installation offers the confirmation e-mail. */
    public boolean confirmationOffered() {
        return confirmations.offered();
    }
}
