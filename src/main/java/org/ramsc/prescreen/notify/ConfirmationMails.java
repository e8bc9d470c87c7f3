package org.ramsc.prescreen.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.Submission;

/**
 * The e-mail a patient may ask for when sending: their reference code and nothing else (no
 * outcome, no answers), in their language. Queued in PostgreSQL and sent by a scheduled job, so a
 * mail server that is down delays the mail but never the submission; failures are retried with a
 * growing pause.
 */
@ApplicationScoped
public class ConfirmationMails {

    private static final Logger LOG = Logger.getLogger(ConfirmationMails.class);
    private static final int BATCH = 20;

    @Inject MailConfig config;
    @Inject Mailer mailer;
    @Inject EntityManager em;

    public boolean offered() {
        return config.confirmations();
    }

    /** Queues the confirmation for the submission with this reference code, if it has an address. */
    @Transactional
    public void request(String referenceCode) {
        if (!config.confirmations()) {
            return;
        }
        Submission.findByReferenceCode(referenceCode)
                .filter(submission -> submission.contactEmail != null)
                .ifPresent(submission -> em.createNativeQuery(
                                "INSERT INTO confirmation_mail (submission_id, next_attempt_at, created_at) "
                                        + "VALUES (?1, ?2, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, submission.id).setParameter(2, Instant.now()).executeUpdate());
    }

    @Scheduled(every = "${app.mail.tick}", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue(Instant.now());
    }

    /**
     * Sends the confirmations that are due; rows another instance is sending are skipped.
     * Returns how many were accepted by the mail server.
     */
    @Transactional
    public int sendDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT submission_id, attempts FROM confirmation_mail "
                        + "WHERE next_attempt_at <= ?1 ORDER BY created_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        int sent = 0;
        for (Object[] row : due) {
            UUID id = (UUID) row[0];
            int attempts = ((Number) row[1]).intValue();
            Submission submission = Submission.findById(id);
            try {
                mailer.send(mail(submission));
                delete(id);
                sent++;
            } catch (RuntimeException e) {
                if (attempts + 1 >= config.maxAttempts()) {
                    LOG.warnf("Confirmation mail given up after %d attempts: %s", attempts + 1,
                            e.getClass().getSimpleName());
                    delete(id);
                } else {
                    Duration pause = Duration.ofMinutes(Math.min(360, 1L << Math.min(attempts, 9)));
                    em.createNativeQuery("UPDATE confirmation_mail SET attempts = ?2, next_attempt_at = ?3 "
                                    + "WHERE submission_id = ?1")
                            .setParameter(1, id).setParameter(2, attempts + 1).setParameter(3, now.plus(pause))
                            .executeUpdate();
                    LOG.infof("Confirmation mail not sent, retrying in %s: %s", pause, e.getClass().getSimpleName());
                }
            }
        }
        return sent;
    }

    private void delete(UUID id) {
        em.createNativeQuery("DELETE FROM confirmation_mail WHERE submission_id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    private static Mail mail(Submission submission) {
        Lang lang = Lang.fromTag(submission.lang).orElse(Lang.DEFAULT);
        Messages messages = Messages.get();
        Map<String, Object> args = Map.of("code", ReferenceCode.grouped(submission.referenceCode));
        String text = messages.text(lang, "notify.mail.confirmation.body", args).replace("\\n", "\n");
        return Mail.withText(submission.contactEmail, messages.text(lang, "notify.mail.confirmation.subject"), text);
    }
}
