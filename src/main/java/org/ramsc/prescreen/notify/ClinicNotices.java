package org.ramsc.prescreen.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.submission.SubmissionStored;

/**
 * Tells the clinic inbox that submissions have arrived: at most one mail per
 * {@code app.mail.clinic-every}, holding only counts and a link to the queue, never patient data.
 * A submission is queued in its own transaction (so it is never lost); the mail is sent later by a
 * scheduled job (so a slow or failing mail server never delays or breaks a submission).
 */
@ApplicationScoped
public class ClinicNotices {

    private static final Logger LOG = Logger.getLogger(ClinicNotices.class);
    private static final List<String> OUTCOMES = List.of("DISCUSS", "DISCUSS_AFTER_REVIEW", "NOT_SUITABLE_NOW");

    @Inject MailConfig config;
    @Inject Mailer mailer;
    @Inject EntityManager em;

    /** Runs inside the transaction that stores the submission: both are kept, or neither. */
    void queue(@Observes SubmissionStored stored) {
        if (config.clinicTo().isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO clinic_notice_pending (submission_id, outcome, created_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, stored.submissionId()).setParameter(2, stored.outcome())
                .setParameter(3, stored.createdAt()).executeUpdate();
    }

    @Scheduled(every = "${app.mail.tick}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            sendIfDue(Instant.now());
        } catch (RuntimeException e) {
            // the pending rows stay where they were: the next tick tries again
            LOG.warnf("Clinic notice not sent, will retry: %s", e.getClass().getSimpleName());
        }
    }

    /**
     * Sends one notice for everything pending, unless one went out less than {@code clinic-every}
     * ago or another instance is sending right now. Returns how many submissions it counted.
     * The state row stays locked until the mail server has accepted the mail; a failure rolls the
     * whole transaction back, pending rows included.
     */
    @Transactional
    public int sendIfDue(Instant now) {
        Optional<String> to = config.clinicTo();
        if (to.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object> state = em.createNativeQuery(
                "SELECT last_sent_at FROM clinic_notice_state WHERE id = 1 FOR UPDATE SKIP LOCKED").getResultList();
        if (state.isEmpty()) {
            return 0;
        }
        Instant last = Times.instant(state.get(0));
        if (last != null && last.plus(config.clinicEvery()).isAfter(now)) {
            return 0;
        }
        // exactly the rows deleted here are counted; rows arriving meanwhile wait for the next notice
        @SuppressWarnings("unchecked")
        List<Object> outcomes = em.createNativeQuery("DELETE FROM clinic_notice_pending RETURNING outcome")
                .getResultList();
        if (outcomes.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(outcome -> counts.merge(outcome.toString(), 1, Integer::sum));
        mailer.send(Mail.withText(to.get(), subject(outcomes.size()), body(outcomes.size(), counts)));
        em.createNativeQuery("UPDATE clinic_notice_state SET last_sent_at = ?1 WHERE id = 1")
                .setParameter(1, now).executeUpdate();
        LOG.infof("Clinic notice sent for %d new submissions", outcomes.size());
        return outcomes.size();
    }

    private static String subject(int total) {
        Messages messages = Messages.get();
        Map<String, Object> args = Map.of("count", total);
        return messages.text(Lang.EN, "notify.mail.clinic.subject", args) + " / "
                + messages.text(Lang.ZH_HANS, "notify.mail.clinic.subject", args);
    }

    /** The same notice in each language, since the inbox may be read by any of the staff. */
    private String body(int total, Map<String, Integer> counts) {
        Messages messages = Messages.get();
        String link = config.publicUrl().map(url -> url.replaceAll("/+$", "") + "/staff?status=new").orElse(null);
        StringBuilder text = new StringBuilder();
        for (Lang lang : List.of(Lang.EN, Lang.ZH_HANS, Lang.ZH_HANT)) {
            text.append(messages.text(lang, "notify.mail.clinic.intro", Map.of("count", total))).append("\n\n");
            for (String outcome : OUTCOMES) {
                int count = counts.getOrDefault(outcome, 0);
                if (count > 0) {
                    text.append("- ").append(messages.text(lang, "notify.mail.clinic.outcome." + outcome))
                            .append(": ").append(count).append('\n');
                }
            }
            text.append('\n');
            text.append(link != null ? messages.text(lang, "notify.mail.clinic.link", Map.of("url", link))
                    : messages.text(lang, "notify.mail.clinic.no_link")).append("\n\n");
        }
        text.append(messages.text(Lang.EN, "notify.mail.clinic.footer"));
        return text.toString();
    }
}
