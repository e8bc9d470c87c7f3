package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.RawString;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.screening.ResultView.RuleView;
import org.ramsc.prescreen.screening.ResultView.SourceView;
import org.ramsc.prescreen.web.Page;

/** The kept rule cards: escaped as the template escapes, one per rule, verdict, language and heading. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleCardsTest {

    private static final Page EN = new Page(Lang.EN, "/screening/result", "screening.result.title");
    private static final Page ZH = new Page(Lang.ZH_HANS, "/screening/result", "screening.result.title");

    private static RuleView rule(String reason) {
        return new RuleView("R99", "REVIEW", "Ask your doctor", "?", "A <b>title</b> & more", reason,
                List.of(new SourceView("Article \"A\"", "https://example.org/a?x=1&y=2"), new SourceView("Article B", null)));
    }

    @Test
    void aCardIsTheTemplatesEscapedHtml() {
        String card = RuleCards.card(rule("Reason <script>alert(1)</script>"), "h3", EN).getValue();
        assertThat(card).startsWith("<li class=\"rule\" id=\"rule-R99\" data-rule=\"R99\" data-status=\"REVIEW\">")
                .contains("<h3 class=\"rule-title\">").contains("</h3>")
                .contains("A &lt;b&gt;title&lt;/b&gt; &amp; more")
                .contains("<p>Reason &lt;script&gt;alert(1)&lt;/script&gt;</p>")
                .contains("<a href=\"https://example.org/a?x=1&amp;y=2\">Article &quot;A&quot;</a></span>; <span lang=\"en\">Article B</span>")
                .contains("Sources:")
                .doesNotContain("<script>").doesNotContain("<b>");
    }

    @Test
    void eachCardIsRenderedOnceAndKept() {
        RuleView rule = rule("kept " + System.nanoTime());
        int before = RuleCards.cachedCount();
        RawString first = RuleCards.card(rule, "h3", EN);
        RawString again = RuleCards.card(new RuleView(rule.id(), rule.status(), rule.statusLabel(), rule.icon(),
                rule.title(), rule.reason(), List.copyOf(rule.sources())), "h3", EN);
        assertThat(again).isSameAs(first);
        assertThat(RuleCards.cachedCount()).isEqualTo(before + 1);
    }

    @Test
    void theHeadingLevelAndTheLanguageAreEachTheirOwnCard() {
        RuleView rule = rule("levels " + System.nanoTime());
        String h3 = RuleCards.card(rule, "h3", EN).getValue();
        String h4 = RuleCards.card(rule, "h4", EN).getValue();
        String zh = RuleCards.card(rule, "h3", ZH).getValue();
        assertThat(h3).contains("<h3 class=\"rule-title\">").doesNotContain("<h4");
        assertThat(h4).contains("<h4 class=\"rule-title\">").doesNotContain("<h3");
        assertThat(zh).contains("依据：").doesNotContain("Sources:");
    }

    @Test
    void aGroupIsItsCardsInOrder() {
        RuleView first = rule("first " + System.nanoTime());
        RuleView second = new RuleView("R98", "MEETS", "Fits", "✓", "Second", "second reason", List.of());
        ResultView.GroupView group = new ResultView.GroupView("REVIEW", "2 points", "?", true, List.of(first, second));
        assertThat(RuleCards.cards(group, "h4", EN).getValue())
                .isEqualTo(RuleCards.card(first, "h4", EN).getValue() + RuleCards.card(second, "h4", EN).getValue());
    }

    /** Last: it fills the kept cards, which the tests above need room in. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theKeptCardsStopGrowingAtTheirBoundAndLaterCardsAreStillRendered() {
        for (int i = 0; RuleCards.cachedCount() < RuleCards.MAX_ENTRIES; i++) {
            RuleCards.card(rule("filler " + i), "h3", EN);
        }
        RawString late = RuleCards.card(rule("after the bound"), "h4", EN);
        assertThat(RuleCards.cachedCount()).isEqualTo(RuleCards.MAX_ENTRIES);
        assertThat(late.getValue()).contains("<p>after the bound</p>").contains("<h4 class=\"rule-title\">");
        assertThat(RuleCards.card(rule("after the bound"), "h4", EN)).isNotSameAs(late);
    }
}
