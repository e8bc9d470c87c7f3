package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftExpiryTest {

    @Inject
    DraftService drafts;

    @Test
    void theCleanupDeletesExpiredDraftsAndKeepsLiveOnes() {
        Browser browser = new Browser();
        browser.fill("/screening/step/1", StepForms.example1().step(1));
        String live = browser.cookie(DraftToken.COOKIE);
        Browser other = new Browser();
        other.fill("/screening/step/1", StepForms.example1().step(1));
        String expired = other.cookie(DraftToken.COOKIE);
        QuarkusTransaction.requiringNew().run(() -> Draft.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minus(1, ChronoUnit.MINUTES), DraftToken.hash(expired)));

        drafts.deleteExpired();

        long liveCount = QuarkusTransaction.requiringNew().call(() -> Draft.count("tokenHash", DraftToken.hash(live)));
        long expiredCount = QuarkusTransaction.requiringNew()
                .call(() -> Draft.count("tokenHash", DraftToken.hash(expired)));
        assertThat(liveCount).isEqualTo(1);
        assertThat(expiredCount).isZero();
        // the patient whose draft expired simply starts again, without an error page
        assertThat(other.get("/screening").header("Location")).endsWith("/screening/step/1");
    }

    @Test
    void draftsLastSevenDaysByDefault() {
        assertThat(drafts.ttl()).hasDays(7);
    }
}
