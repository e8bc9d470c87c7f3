package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A whole patient journey, for tests outside this package: answer, confirm, send; returns the reference code. */
public final class ScreeningJourney {

    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([A-Z2-9]{8})\"");

    private ScreeningJourney() {
    }

    public static String send(Browser browser) {
        ResultAndSendTest.complete(browser, StepForms.example1());
        browser.get("/screening/send");
        assertThat(browser.post("/screening/send", StepForms.fields("consent", "yes", "name", "Pat Test",
                "phone", "+852 5555 0101")).header("Location")).endsWith("/screening/sent");
        Matcher matcher = REFERENCE.matcher(browser.get("/screening/sent").asString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
