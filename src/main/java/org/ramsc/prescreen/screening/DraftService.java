package org.ramsc.prescreen.screening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.AnswerValidator;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Problem;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;
import org.ramsc.prescreen.questionnaire.Validation;
import org.ramsc.prescreen.submission.AnswersJson;

/** Keeps answers in progress in PostgreSQL, so that any instance can continue any patient's draft. */
@ApplicationScoped
public class DraftService {

    private static final Logger LOG = Logger.getLogger(DraftService.class);

    @Inject @ConfigProperty(name = "app.drafts.ttl") Duration ttl;
    @Inject PatientLimits limits;
    @Inject DraftRows rows;

    /**
     * The live draft of this token; empty for no token, a malformed one, an unknown or expired one.
     * One read, so it needs no transaction of its own.
     */
    public Optional<DraftState> find(String token) {
        if (!DraftToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return rows.findLive(DraftToken.hash(token), Instant.now())
                .map(draft -> new DraftState(token, AnswersJson.read(draft.answers()), draft.completed()));
    }

    /**
     * Checks one posted step against the draft and, when it is valid and in order, lays it over the
     * draft, drops answers that no longer apply and saves, all in one transaction. Creates the draft
     * (and a new token) when the given token has none, unless {@code address} has started too many
     * drafts in this window ({@link PatientLimits}).
     */
    @Transactional
    public StepSave saveStep(String token, Step step, Map<String, List<String>> posted, Lang lang, String address) {
        Instant now = Instant.now();
        PostedStep read = PostedStep.read(liveDraft(token, now), step, posted);
        if (read.outOfOrder().isPresent()) {
            return read.outOfOrder().get();
        }
        if (!read.validation().isValid()) {
            return new StepSave.Invalid(read.validation());
        }
        List<String> scopeIds = step.items().stream().map(Item::id).toList();
        Answers merged = Questionnaire.applicable(
                read.saved().without(scopeIds).with(read.validation().answers().asMap()));
        return store(read.draft(), token, merged, lang, address, now);
    }

    private DraftRows.Row liveDraft(String token, Instant now) {
        return DraftToken.isWellFormed(token) ? rows.findLive(DraftToken.hash(token), now).orElse(null) : null;
    }

    private static Answers answersOf(DraftRows.Row draft) {
        return draft == null ? Answers.empty() : AnswersJson.read(draft.answers());
    }

    /**
     * A step's posted fields checked against the live draft of its token ({@code draft} null when
     * there is none), or the step to go back to when it was posted before the steps it follows are
     * done: then nothing is saved and the patient goes back in order.
     */
    private record PostedStep(DraftRows.Row draft, Answers saved, Validation validation,
            Optional<StepSave> outOfOrder) {

        static PostedStep read(DraftRows.Row draft, Step step, Map<String, List<String>> posted) {
            Answers saved = answersOf(draft);
            int reachable = Questionnaire.firstIncompleteStep(saved);
            Optional<StepSave> outOfOrder = step.number() > reachable
                    ? Optional.of(new StepSave.OutOfOrder(reachable)) : Optional.empty();
            Validation validation = new AnswerValidator(Year.now()).validate(posted, step.items(), saved);
            return new PostedStep(draft, saved, validation, outOfOrder);
        }
    }

    /**
     * Keeps what is on a step when the patient leaves it without "Next" (Back, or another language):
     * valid answers replace the saved ones, a field left blank clears its saved answer, and nothing
     * is asked for as required. A value that does not parse keeps the answer saved before, since
     * the patient has not finished changing it. Creates no draft when there is none and nothing valid
     * was entered, and none beyond {@code address}'s limit ({@link PatientLimits}), as a step does.
     */
    @Transactional
    public StepSave keepEntries(String token, Step step, Map<String, List<String>> posted, Lang lang,
            String address) {
        Instant now = Instant.now();
        PostedStep read = PostedStep.read(liveDraft(token, now), step, posted);
        if (read.outOfOrder().isPresent()) {
            return read.outOfOrder().get();
        }
        DraftRows.Row draft = read.draft();
        Answers saved = read.saved();
        Validation validation = read.validation();
        Set<String> unfinished = validation.problems().stream()
                .filter(problem -> !problem.code().equals(Problem.REQUIRED))
                .map(Problem::field)
                .collect(Collectors.toSet());
        List<String> replaced = step.items().stream().map(Item::id).filter(id -> !unfinished.contains(id)).toList();
        Answers merged = Questionnaire.applicable(saved.without(replaced).with(validation.answers().asMap()));
        if (draft == null && merged.asMap().isEmpty()) {
            return new StepSave.Saved(null, merged, false);
        }
        if (draft != null && merged.equals(saved)) {
            // nothing changed: a confirmed review stays confirmed
            return new StepSave.Saved(token, merged, false);
        }
        return store(draft, token, merged, lang, address, now);
    }

    /**
     * Writes {@code merged} to the draft, or to a new one (with a new token) when {@code draft} is
     * null, unless {@code address} has started too many drafts in this window.
     */
    private StepSave store(DraftRows.Row draft, String token, Answers merged, Lang lang, String address,
            Instant now) {
        String liveToken = token;
        boolean created = draft == null;
        String answers = AnswersJson.write(merged);
        if (created) {
            liveToken = DraftToken.generate();
            rows.insert(UUID.randomUUID(), DraftToken.hash(liveToken), answers, lang.tag(), now, now.plus(ttl));
        } else {
            rows.updateAnswers(draft.id(), answers, lang.tag(), now, now.plus(ttl));
        }
        rows.commitWithoutWaitingForDisk();
        if (created) {
            Optional<Duration> retryAfter = countNewDraft(address);
            if (retryAfter.isPresent()) {
                return new StepSave.Limited(retryAfter.get());
            }
        }
        return new StepSave.Saved(liveToken, merged, created);
    }

    /**
     * Records that the patient confirmed the review page, if the draft is complete. The row is
     * locked, so that of two clicks at once only one is the draft's first confirmation.
     */
    @Transactional
    public ReviewConfirmation confirmReview(String token) {
        Instant now = Instant.now();
        DraftRows.Row draft = DraftToken.isWellFormed(token)
                ? rows.findLiveForUpdate(DraftToken.hash(token), now).orElse(null) : null;
        if (draft == null) {
            return ReviewConfirmation.goBackTo(1);
        }
        Answers answers = AnswersJson.read(draft.answers());
        int reachable = Questionnaire.firstIncompleteStep(answers);
        if (reachable != Questionnaire.REVIEW_STEP) {
            return ReviewConfirmation.goBackTo(reachable);
        }
        rows.markCompleted(draft.id(), now);
        boolean first = !draft.firstCompleted();
        rows.commitWithoutWaitingForDisk();
        return new ReviewConfirmation(Optional.empty(), first ? Optional.of(answers) : Optional.empty());
    }

    /**
     * Counts a new draft against its address's limit, as the transaction's last statement: the
     * address's counter row stays locked only until the commit, so that many patients behind one
     * address do not queue behind each other's whole step. Over the limit nothing is stored.
     */
    private Optional<Duration> countNewDraft(String address) {
        Optional<Duration> retryAfter = limits.tryAcquire(PatientLimits.Kind.DRAFT, address);
        retryAfter.ifPresent(wait -> QuarkusTransaction.setRollbackOnly());
        return retryAfter;
    }

    @Transactional
    public void delete(String token) {
        if (DraftToken.isWellFormed(token)) {
            rows.deleteByTokenHash(DraftToken.hash(token));
        }
    }

    @Scheduled(every = "${app.drafts.cleanup-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void deleteExpired() {
        long deleted = rows.deleteExpired(Instant.now());
        if (deleted > 0) {
            LOG.infof("Deleted %d expired drafts", deleted);
        }
    }

    public Duration ttl() {
        return ttl;
    }

    /** What became of a posted step. */
    public sealed interface StepSave {

        /** Saved; the answers as they now stand, under this token ({@code created}: in a new draft). */
        record Saved(String token, Answers answers, boolean created) implements StepSave {
        }

        /** Not saved: the answers have problems. */
        record Invalid(Validation validation) implements StepSave {
        }

        /** Not saved: posted before the steps it follows; the patient goes back to {@code reachable}. */
        record OutOfOrder(int reachable) implements StepSave {
        }

        /** Not saved: this address started too many drafts; it may try again after {@code retryAfter}. */
        record Limited(Duration retryAfter) implements StepSave {
        }
    }

    /**
     * The review page confirmed ({@code goBackTo} empty) or sent back to the number of an unfinished
     * step; {@code firstTime} holds the answers when this was the draft's first confirmation.
     */
    public record ReviewConfirmation(Optional<Integer> goBackTo, Optional<Answers> firstTime) {

        static ReviewConfirmation goBackTo(int step) {
            return new ReviewConfirmation(Optional.of(step), Optional.empty());
        }
    }

    /** A draft as the wizard sees it. */
    public record DraftState(String token, Answers answers, boolean completed) {
    }
}
