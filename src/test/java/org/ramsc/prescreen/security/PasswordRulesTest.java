package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void acceptsALongUnusualPassword() {
        assertThat(PasswordRules.problem("copper lantern river 7", "mei.lin")).isEmpty();
        assertThat(PasswordRules.problem("风铃雨伞银杏树十二个汉字", "mei.lin")).isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(PasswordRules.problem("eleven-char", "mei.lin")).contains("security.password.too_short");
        assertThat(PasswordRules.problem("", "mei.lin")).contains("security.password.required");
    }

    @Test
    void refusesTheAccountName() {
        assertThat(PasswordRules.problem("Dr.Wang.Rheuma", "dr.wang.rheuma")).contains("security.password.same_as_username");
    }

    @Test
    void refusesCommonPasswordsAndOneRepeatedCharacter() {
        assertThat(PasswordRules.problem("Password1234", "mei.lin")).contains("security.password.too_common");
        assertThat(PasswordRules.problem("zzzzzzzzzzzzzz", "mei.lin")).contains("security.password.too_common");
        assertThat(PasswordRules.problem("admin-demo-1234", "mei.lin")).contains("security.password.too_common");
    }

    @Test
    void refusesPasswordsThatBcryptWouldCut() {
        assertThat(PasswordRules.problem("x".repeat(40) + "y".repeat(33), "mei.lin")).contains("security.password.too_long");
    }

    @Test
    void temporaryPasswordsPassTheRules() {
        for (int i = 0; i < 50; i++) {
            assertThat(PasswordRules.problem(TemporaryPasswords.generate(), "mei.lin")).isEmpty();
        }
    }

    @Test
    void refusesPasswordsThatMeetOldStyleRulesButAreEasyToGuess() {
        assertThat(PasswordRules.problem("Password1234!", "mei.lin")).contains("security.password.weak.common");
        assertThat(PasswordRules.problem("Summer2026!!", "mei.lin")).isPresent();
        assertThat(PasswordRules.problem("qwertyuiop1234", "mei.lin")).isPresent();
    }

    @Test
    void namesWhyAPasswordIsWeakWithOurOwnMessageKeys() {
        assertThat(PasswordRules.weakness("feedback.spatial.warning.straightRowsOfKeys"))
                .isEqualTo("security.password.weak.keyboard");
        assertThat(PasswordRules.weakness("feedback.regex.warning.recentYears")).isEqualTo("security.password.weak.dates");
        assertThat(PasswordRules.weakness("feedback.sequence.warning.likeABCor6543"))
                .isEqualTo("security.password.weak.sequence");
        assertThat(PasswordRules.weakness("")).isEqualTo("security.password.weak.guessable");
        assertThat(PasswordRules.problem("abcdefghijklmnop", "mei.lin")).contains("security.password.weak.sequence");
    }

    @Test
    void countsTheAccountNameAsSomethingAnAttackerKnows() {
        assertThat(PasswordRules.problem("dr.wang.rheuma2", "dr.wang.rheuma")).isPresent();
    }
}
