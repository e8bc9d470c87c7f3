package org.ramsc.prescreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.Rule;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.rules.Scores;
import org.ramsc.prescreen.rules.Source;
import org.ramsc.prescreen.rules.Status;
import org.ramsc.prescreen.screening.Browser;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.AuditLog;

@QuarkusTest
@TestSecurity(user = "staff1", roles = {"staff"})
class RerunTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RerunService rerun;

    UUID id;

    @BeforeEach
    void insert() throws SQLException {
        id = new OneSubmission().insert(dataSource);
    }

    @AfterEach
    void delete() throws SQLException {
        OneSubmission.delete(dataSource, id);
    }

    /** The standard rules, except that R02 (age) now refuses everyone. */
    static RuleSet ageAlwaysNotMet() {
        Rule strictAge = new Rule() {
            @Override
            public String id() {
                return "R02";
            }

            @Override
            public List<Source> sources() {
                return List.of();
            }

            @Override
            public RuleResult evaluate(Answers answers, Scores scores) {
                return new RuleResult("R02", Status.NOT_MET, "rules.R02.reason.under_18");
            }
        };
        return new RuleSet("test-2", RuleSet.standard().rules().stream()
                .map(rule -> rule.id().equals("R02") ? strictAge : rule).toList());
    }

    @Test
    void showsTheRuleThatAChangedRuleSetDecidesDifferently() {
        RerunService.Comparison comparison = rerun.compare(id, ageAlwaysNotMet()).orElseThrow();

        assertThat(comparison.differences()).isEqualTo(1);
        RerunService.RuleDiff r02 = comparison.rules().stream().filter(RerunService.RuleDiff::changed).findFirst()
                .orElseThrow();
        assertThat(r02.ruleId()).isEqualTo("R02");
        assertThat(r02.stored().status()).isEqualTo(Status.MEETS);
        assertThat(r02.now().status()).isEqualTo(Status.NOT_MET);
        assertThat(comparison.storedOutcome()).isEqualTo(Outcome.DISCUSS.name());
        assertThat(comparison.nowOutcome()).isEqualTo(Outcome.NOT_SUITABLE_NOW.name());
        assertThat(comparison.nowVersion()).isEqualTo("test-2");
        assertThat(comparison.rules()).hasSize(16);
    }

    @Test
    void neverOverwritesTheStoredResults() {
        String before = storedResults();
        rerun.compare(id, ageAlwaysNotMet());
        rerun.rerun(id, Actor.named("staff1"));
        assertThat(storedResults()).isEqualTo(before);
    }

    @Test
    void reRunOverHttpShowsNoDifferencesWithTheCurrentRulesAndIsAudited() throws SQLException {
        Browser browser = new Browser();
        browser.get("/staff/submissions/" + id);
        Response posted = browser.post("/staff/submissions/" + id + "/rerun", List.of());
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.header("Location")).endsWith("/staff/submissions/" + id + "/rerun");

        Response page = browser.get("/staff/submissions/" + id + "/rerun");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("data-differences=\"0\"")
                .contains("No differences: the current rule set gives the same result for every rule.")
                .doesNotContain("data-changed=");
        assertThat(AuditRows.forTarget(dataSource, id.toString()))
                .filteredOn(r -> r.action().equals(AuditLog.SUBMISSION_RERUN)).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("stored=1 ruleset=" + RuleSet.VERSION + " differences=0"));
    }

    @Test
    void reRunOfAnUnknownSubmissionIsA404() {
        Browser browser = new Browser();
        browser.get("/staff/submissions/" + id);
        assertThat(browser.post("/staff/submissions/" + UUID.randomUUID() + "/rerun", List.of()).statusCode())
                .isEqualTo(404);
    }

    String storedResults() {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT rule_results::text FROM submission WHERE id = ?")) {
            statement.setObject(1, id);
            try (var rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
