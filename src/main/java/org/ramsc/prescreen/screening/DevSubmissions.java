package org.ramsc.prescreen.screening;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.submission.Contact;
import org.ramsc.prescreen.submission.Submission;
import org.ramsc.prescreen.submission.SubmissionStatus;

/**
 * About 200 made-up submissions for {@code quarkus:dev}, so that the staff pages have something to
 * page, filter and export. Built from the worked examples of the rule set, with varied outcomes,
 * statuses, languages and dates. Names and phone numbers are plainly fake ("Demo Patient 17",
 * "+86 000 0000 0017"). {@link IfBuildProfile} keeps this bean out of test and production builds.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevSubmissions {

    private static final Logger LOG = Logger.getLogger(DevSubmissions.class);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int COUNT = 200;
    private static final List<SubmissionStatus> STATUSES = List.of(SubmissionStatus.NEW, SubmissionStatus.NEW,
            SubmissionStatus.NEW, SubmissionStatus.IN_REVIEW, SubmissionStatus.CONTACTED, SubmissionStatus.CLOSED,
            SubmissionStatus.WITHDRAWN);
    private static final List<String> LANGS = List.of("zh-Hans", "zh-Hans", "zh-Hant", "en");
    private static final List<String> CONTACT_TIMES = ContactForm.CONTACT_TIMES;

    /** How each demo screening differs from worked example 1; the real rule set then decides. */
    private static final List<Map<String, Object>> VARIANTS = List.of(
            Map.of(),
            Map.of("lungDisease", "yes"),
            Map.of("scoreKnown", "none", "tenderJoints", List.of("wrist_left", "wrist_right", "knee_left"),
                    "swollenJoints", List.of("wrist_left", "mcp2_right")),
            Map.of("jointFused", "yes"),
            Map.of("age", 74),
            Map.of("infectionNow", "yes"),
            Map.of("infectionHistory", "yes"),
            Map.of("tbHistory", "unsure", "organConditions", List.of("heart")));

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (Submission.count() > 0) {
            return;
        }
        Random random = new Random(17);
        Instant now = Instant.now();
        ExampleAnswers example1 = ExampleAnswers.example1WithOptional();
        for (int n = 1; n <= COUNT; n++) {
            Map<String, Object> answers = example1.jsonValues();
            answers.putAll(VARIANTS.get(random.nextInt(VARIANTS.size())));
            if (random.nextBoolean()) {
                answers.put("esr", BigDecimal.valueOf(12 + random.nextInt(40)));
            }
            Answers applicable = Questionnaire.applicable(Answers.of(answers));
            Contact contact = new Contact("Demo Patient " + n, String.format(Locale.ROOT, "+86 000 0000 %04d", n),
                    n % 5 == 0 ? "demo.patient." + n + "@example.invalid" : null,
                    CONTACT_TIMES.get(random.nextInt(CONTACT_TIMES.size())), ContactForm.CONSENT_VERSION);
            Lang lang = Lang.fromTag(LANGS.get(random.nextInt(LANGS.size()))).orElseThrow();
            Instant createdAt = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
            Submission submission = Submission.decided(applicable, RuleSet.standard().evaluate(applicable), lang,
                    contact, createdAt);
            submission.referenceCode = referenceCode(random);
            submission.draftTokenHash = sha256("dev-demo-draft-" + n + "-" + submission.id);
            submission.status = STATUSES.get(random.nextInt(STATUSES.size()));
            submission.persist();
        }
        LOG.infof("Dev mode: created %d demo submissions", COUNT);
    }

    private static String referenceCode(Random random) {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
