package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.TestMail;
import org.ramsc.prescreen.notify.ClinicNotices;
import org.ramsc.prescreen.notify.ConfirmationMails;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.Submission;

/** Clinic notices and patient confirmations, sent over real SMTP to GreenMail and read back. */
@QuarkusTest
class ClinicMailTest {

    @Inject
    @ConfigProperty(name = "quarkus.mailer.port")
    int port;

    @Inject
    ClinicNotices notices;

    @Inject
    ConfirmationMails confirmations;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestMail.smtpServer(port);
        smtp.start();
        // a clean slate: what earlier tests left pending or the last notice's time
        QuarkusTransaction.requiringNew().run(() -> {
            Submission.getEntityManager().createNativeQuery("DELETE FROM clinic_notice_pending").executeUpdate();
            Submission.getEntityManager().createNativeQuery("DELETE FROM confirmation_mail").executeUpdate();
            Submission.getEntityManager()
                    .createNativeQuery("UPDATE clinic_notice_state SET last_sent_at = NULL").executeUpdate();
        });
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    /** The decoded text of a mail (GreenMailUtil.getBody gives it still quoted-printable). */
    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                Object part = multipart.getBodyPart(i).getContent();
                if (part instanceof String string) {
                    text.append(string);
                }
            }
            return text.toString();
        }
        return content.toString();
    }

    private static String send(StepForms forms, String lang, String... contact) {
        Browser browser = new Browser().acceptLanguage(lang);
        ResultAndSendTest.complete(browser, forms);
        browser.get("/screening/send");
        Response sent = browser.post("/screening/send", StepForms.fields(contact));
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        return browser.get("/screening/sent").asString();
    }

    private static String sendAs(String name, StepForms forms) {
        return send(forms, "en", "consent", "yes", "name", name, "phone", "+852 5555 0199");
    }

    @Test
    void oneNoticeCountsTheNewSubmissionsByOutcomeAndHoldsNoPatientData() throws Exception {
        String sentPage = sendAs("Wong Tai Sin", StepForms.example1());
        sendAs("Chan Siu Ming", StepForms.example1());
        sendAs("Lee Ka Yan", StepForms.example1().with(4, "jointFused", "yes"));

        assertThat(notices.sendIfDue(Instant.now())).isEqualTo(3);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(org.ramsc.prescreen.TestMail.CLINIC);
        String body = text(received[0]);
        assertThat(received[0].getSubject()).contains("3");
        assertThat(body).contains("New screenings have been sent to the clinic: 3.")
                .contains("May be a candidate to discuss: 2").contains("Not suitable now: 1")
                .contains("https://prescreen.example.org/staff?status=new")
                .contains("可考虑与医生讨论: 2", "目前不适合: 1", "可考慮與醫師討論: 2")
                .as("an outcome nobody had is not listed").doesNotContain("经医生复核后再讨论");
        String referenceCode = sentPage.replaceAll("(?s).*data-reference=\"([A-Z2-9]{8})\".*", "$1");
        assertThat(body).doesNotContain("Wong", "Chan", "Lee", "5555", referenceCode, "methotrexate");
    }

    @Test
    void atMostOneNoticeIsSentPerPeriod() {
        sendAs("First Patient", StepForms.example1());
        Instant now = Instant.now();
        assertThat(notices.sendIfDue(now)).isEqualTo(1);
        sendAs("Second Patient", StepForms.example1());
        assertThat(notices.sendIfDue(now.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notices.sendIfDue(now.plus(Duration.ofMinutes(16)))).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void nothingNewMeansNoMail() {
        assertThat(notices.sendIfDue(Instant.now())).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMailServerThatIsDownNeitherBlocksTheSubmissionNorLosesTheNotice() {
        smtp.stop();
        // the patient's send still succeeds at once
        sendAs("While Down", StepForms.example1());
        assertThatThrownBy(() -> notices.sendIfDue(Instant.now())).isInstanceOf(RuntimeException.class);
        long pending = QuarkusTransaction.requiringNew().call(() -> ((Number) Submission.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM clinic_notice_pending").getSingleResult()).longValue());
        assertThat(pending).as("kept for the next try").isEqualTo(1);

        smtp = TestMail.smtpServer(port);
        smtp.start();
        assertThat(notices.sendIfDue(Instant.now())).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void thePatientsConfirmationHoldsTheReferenceCodeAndNothingElse() throws Exception {
        String sentPage = send(StepForms.example1().with(4, "jointFused", "yes"), "zh-Hans",
                "consent", "yes", "name", "王小明", "email", "patient@example.net", "confirmEmail", "yes");
        String referenceCode = sentPage.replaceAll("(?s).*data-reference=\"([A-Z2-9]{8})\".*", "$1");

        assertThat(confirmations.sendDue(Instant.now())).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("patient@example.net");
        String body = text(received[0]);
        assertThat(received[0].getSubject()).contains("参考编号");
        assertThat(body).contains(ReferenceCode.grouped(referenceCode))
                .doesNotContain("王小明", "不适合", "NOT_SUITABLE", "methotrexate", "2015");
        assertThat(confirmations.sendDue(Instant.now())).as("sent once").isZero();
    }

    @Test
    void aConfirmationThatFailsIsRetriedLater() {
        smtp.stop();
        send(StepForms.example1(), "en", "consent", "yes", "name", "Pat", "email", "pat@example.net",
                "confirmEmail", "yes");
        Instant now = Instant.now();
        assertThat(confirmations.sendDue(now)).isZero();
        smtp = TestMail.smtpServer(port);
        smtp.start();
        assertThat(confirmations.sendDue(now.plusSeconds(10))).as("waits before retrying").isZero();
        assertThat(confirmations.sendDue(now.plus(Duration.ofMinutes(2)))).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void noConfirmationIsQueuedUnlessAsked() {
        send(StepForms.example1(), "en", "consent", "yes", "name", "Pat", "email", "pat@example.net");
        assertThat(confirmations.sendDue(Instant.now())).isZero();
    }

    @Test
    void aConfirmationNeedsAnAddress() {
        Browser browser = new Browser();
        ResultAndSendTest.complete(browser, StepForms.example1());
        String form = browser.get("/screening/send").asString();
        assertThat(form).contains("name=\"confirmEmail\"");
        Response refused = browser.post("/screening/send", StepForms.fields("consent", "yes", "name", "Pat",
                "phone", "+852 5555 0101", "confirmEmail", "yes"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Enter an e-mail address for the confirmation");
    }
}
