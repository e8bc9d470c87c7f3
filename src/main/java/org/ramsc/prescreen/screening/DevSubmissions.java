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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.rules.Status;

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
    private static final List<String> STATUSES = List.of("new", "new", "new", "in_review", "contacted", "closed",
            "withdrawn");
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
        for (int n = 1; n <= COUNT; n++) {
            Map<String, Object> answers = example1();
            answers.putAll(VARIANTS.get(random.nextInt(VARIANTS.size())));
            if (random.nextBoolean()) {
                answers.put("esr", BigDecimal.valueOf(12 + random.nextInt(40)));
            }
            Submission submission = new Submission();
            submission.id = UUID.randomUUID();
            submission.referenceCode = referenceCode(random);
            submission.draftTokenHash = sha256("dev-demo-draft-" + n + "-" + submission.id);
            submission.questionnaireVersion = Questionnaire.VERSION;
            Answers applicable = Questionnaire.applicable(Answers.of(answers));
            Evaluation evaluation = RuleSet.standard().evaluate(applicable);
            submission.rulesetVersion = evaluation.rulesetVersion();
            submission.lang = LANGS.get(random.nextInt(LANGS.size()));
            submission.answers = AnswersJson.write(applicable);
            submission.ruleResults = RuleResultsJson.write(evaluation.results());
            submission.outcome = evaluation.outcome().name();
            submission.flaggedRules = evaluation.withStatus(Status.NOT_MET, Status.REVIEW).stream()
                    .map(RuleResult::ruleId).toArray(String[]::new);
            submission.das28EsrEstimate = evaluation.scores().das28EsrRounded();
            submission.contactName = "Demo Patient " + n;
            submission.contactPhone = String.format(Locale.ROOT, "+86 000 0000 %04d", n);
            submission.contactEmail = n % 5 == 0 ? "demo.patient." + n + "@example.invalid" : null;
            submission.contactTime = CONTACT_TIMES.get(random.nextInt(CONTACT_TIMES.size()));
            submission.consentVersion = "1";
            submission.status = STATUSES.get(random.nextInt(STATUSES.size()));
            submission.createdAt = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
            submission.persist();
        }
        LOG.infof("Dev mode: created %d demo submissions", COUNT);
    }

    /** Worked example 1 of the rule set: every rule MEETS or INFO. */
    private static Map<String, Object> example1() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("age", 52);
        answers.put("raDiagnosed", "yes");
        answers.put("diagnosisYear", 2015);
        answers.put("scoreKnown", "das28_esr");
        answers.put("scoreValue", new BigDecimal("4.6"));
        answers.put("tenderJoints", List.of("wrist_left", "mcp2_right"));
        answers.put("swollenJoints", List.of());
        answers.put("morningStiffness", "over_60");
        answers.put("patientGlobal", 6);
        answers.put("pain", 5);
        answers.put("csdmardsTried", List.of("methotrexate"));
        answers.put("csdmardLongEnough", "yes");
        answers.put("csdmardOutcome", "inadequate");
        answers.put("advancedTried", List.of());
        answers.put("steroidCurrent", "no");
        answers.put("jointFused", "no");
        answers.put("jointDestroyedTold", "no");
        answers.put("jointDeformity", "no");
        answers.put("jointSurgery", "no");
        answers.put("functionLevel", 2);
        answers.put("infectionNow", "no");
        answers.put("infectionHistory", "no");
        answers.put("tbHistory", "no");
        answers.put("hepatitisHiv", "no");
        answers.put("lungDisease", "no");
        answers.put("cancer", "none");
        answers.put("pregnancy", "not_applicable");
        answers.put("organConditions", List.of());
        answers.put("otherAutoimmune", "no");
        answers.put("understandsInvestigational", "yes");
        answers.put("wantsImmunomodulation", "yes");
        return answers;
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
