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

    /**
     * {@code {group.cards(hh, page)}}: the cards of one group, each under heading {@code heading}
     * ({@code h3} or {@code h4}). One call a group, not one a card: Qute finds the value of each
     * argument by trying its resolvers in turn, with no cache for arguments, which for 16 cards
     * with two arguments each was 4.7 % of a patient journey's profile.
     */
    @TemplateExtension
    static RawString cards(ResultView.GroupView group, String heading, Page page) {
        StringBuilder cards = new StringBuilder(group.rules().size() * 1024);
        for (RuleView rule : group.rules()) {
            cards.append(card(rule, heading, page).getValue());
        }
        return new RawString(cards.toString());
    }

    /** One card under heading {@code heading}, kept once rendered. */
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
