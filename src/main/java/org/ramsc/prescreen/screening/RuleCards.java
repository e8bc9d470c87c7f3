package org.ramsc.prescreen.screening;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.util.concurrent.ConcurrentHashMap;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.screening.ResultView.RuleView;
import org.ramsc.prescreen.web.Page;

/**
 * The rule cards of the result and sent pages, each rendered once and kept. A card is one rule's
 * verdict (status, title, reason, sources) in one language under one heading level: a small fixed
 * set (16 rules with a few reasons each, 3 languages, 2 levels), and each of these pages shows 16
 * of them, about 150 template expressions that no longer run for every page. The first rendering
 * of a card comes from its own template ({@code RuleCards/card.html}), escaped as every page is, so
 * a kept card is exactly what the template writes.
 */
@TemplateExtension
public final class RuleCards {

    /** Far above the cards there are; a bound, so that no input could grow it without end. */
    static final int MAX_ENTRIES = 4096;

    private record Key(RuleView rule, String heading, Lang lang) {
    }

    private static final ConcurrentHashMap<Key, RawString> CARDS = new ConcurrentHashMap<>();

    private RuleCards() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance card(RuleView rule, Page page, String hh);
    }

    /** {@code {rule.card(hh, page)}}: the card under heading {@code heading} ({@code h3} or {@code h4}). */
    static RawString card(RuleView rule, String heading, Page page) {
        Key key = new Key(rule, heading, page.lang());
        RawString card = CARDS.get(key);
        if (card == null) {
            card = new RawString(Templates.card(rule, page, heading).render());
            if (CARDS.size() < MAX_ENTRIES) {
                CARDS.putIfAbsent(key, card);
            }
        }
        return card;
    }

    static int cachedCount() {
        return CARDS.size();
    }
}
