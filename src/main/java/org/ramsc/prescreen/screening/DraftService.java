package org.ramsc.prescreen.screening;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/** Keeps answers in progress in PostgreSQL, so that any instance can continue any patient's draft. */
@ApplicationScoped
public class DraftService {

    private static final Logger LOG = Logger.getLogger(DraftService.class);

    private final Duration ttl;

    public DraftService(@ConfigProperty(name = "app.drafts.ttl") Duration ttl) {
        this.ttl = ttl;
    }

    /** The live draft of this token; empty for no token, a malformed one, an unknown or expired one. */
    @Transactional
    public Optional<DraftState> find(String token) {
        if (!DraftToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return Draft.findLive(DraftToken.hash(token), Instant.now())
                .map(draft -> new DraftState(token, AnswersJson.read(draft.answers), draft.completedAt != null));
    }

    /**
     * Lays {@code stepAnswers} over the draft, drops answers that no longer apply, and saves.
     * Creates the draft (and a new token) when the given token has none.
     *
     * @return the token under which the answers are now saved
     */
    @Transactional
    public String saveStep(String token, Answers replacedScope, Iterable<String> scopeIds, Lang lang) {
        Instant now = Instant.now();
        Draft draft = DraftToken.isWellFormed(token)
                ? Draft.findLive(DraftToken.hash(token), now).orElse(null) : null;
        String liveToken = token;
        if (draft == null) {
            liveToken = DraftToken.generate();
            draft = new Draft();
            draft.id = UUID.randomUUID();
            draft.tokenHash = DraftToken.hash(liveToken);
            draft.createdAt = now;
            draft.answers = "{}";
        }
        Answers merged = AnswersJson.read(draft.answers).without(scopeIds).with(replacedScope.asMap());
        draft.answers = AnswersJson.write(Questionnaire.applicable(merged));
        draft.lang = lang.tag();
        draft.completedAt = null;
        draft.updatedAt = now;
        draft.expiresAt = now.plus(ttl);
        draft.persist();
        return liveToken;
    }

    /**
     * Records that the patient confirmed the review page.
     *
     * @return whether this was the draft's first confirmation (a double click confirms only once)
     */
    @Transactional
    public boolean markCompleted(String token) {
        if (!DraftToken.isWellFormed(token)) {
            return false;
        }
        Instant now = Instant.now();
        return Draft.findLiveForUpdate(DraftToken.hash(token), now).map(draft -> {
            draft.completedAt = now;
            if (draft.firstCompletedAt != null) {
                return false;
            }
            draft.firstCompletedAt = now;
            return true;
        }).orElse(false);
    }

    @Transactional
    public void delete(String token) {
        if (DraftToken.isWellFormed(token)) {
            Draft.delete("tokenHash", DraftToken.hash(token));
        }
    }

    @Scheduled(every = "${app.drafts.cleanup-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void deleteExpired() {
        long deleted = Draft.delete("expiresAt <= ?1", Instant.now());
        if (deleted > 0) {
            LOG.infof("Deleted %d expired drafts", deleted);
        }
    }

    public Duration ttl() {
        return ttl;
    }

    /** A draft as the wizard sees it. */
    public record DraftState(String token, Answers answers, boolean completed) {
    }
}
