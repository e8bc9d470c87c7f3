package org.ramsc.prescreen.faq;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ramsc.prescreen.i18n.Lang;

/**
 * The public FAQ: published entries in order, in the page's language (English where a translation
 * is missing). The rendered page is kept by {@link PublicFaqCache} until the FAQ changes; the
 * Markdown rendering is also cached, by content.
 */
@ApplicationScoped
public class FaqService {

    @Inject MarkdownRenderer markdown;

    @Transactional
    public List<Item> published(Lang lang) {
        List<FaqEntry> entries = FaqEntry.list("published = true order by position, createdAt, id");
        if (entries.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = entries.stream().map(e -> e.id).toList();
        Map<UUID, FaqTranslation> wanted = translations(ids, lang);
        Map<UUID, FaqTranslation> english = lang == Lang.EN ? wanted : translations(ids, Lang.EN);
        List<Item> items = new ArrayList<>();
        for (FaqEntry entry : entries) {
            FaqTranslation text = wanted.containsKey(entry.id) ? wanted.get(entry.id) : english.get(entry.id);
            if (text != null) {
                items.add(item(entry, text));
            }
        }
        return items;
    }

    private Item item(FaqEntry entry, FaqTranslation text) {
        return new Item(entry.slug, text.question, new RawString(markdown.toSafeHtml(text.answerMarkdown)),
                Lang.fromTag(text.lang).orElse(Lang.EN).tag());
    }

    private static Map<UUID, FaqTranslation> translations(List<UUID> ids, Lang lang) {
        return FaqTranslation.<FaqTranslation>list("entryId in ?1 and lang = ?2", ids, lang.tag()).stream()
                .collect(Collectors.toMap(t -> t.entryId, Function.identity()));
    }

    /** One question as the public page shows it; {@code lang} differs from the page's when English stood in. */
    public record Item(String slug, String question, RawString answerHtml, String lang) {
    }
}
