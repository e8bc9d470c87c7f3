package org.ramsc.prescreen.faq;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ramsc.prescreen.i18n.Lang;

/**
 * The rendered public FAQ page per language. It changes only when an admin publishes, unpublishes,
 * reorders or restores, so serving it from memory is what makes {@code /faq} as fast as a static
 * page. Every page carries the generation it was rendered in: a page rendered from data read before
 * an invalidation is never served after it, even if it is stored late.
 */
@ApplicationScoped
public class PublicFaqCache {

    private record Rendered(long generation, String html) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<Lang, Rendered> pages = new ConcurrentHashMap<>();

    /** The cached page, or null when it must be rendered (first request, or after a change). */
    public String get(Lang lang) {
        Rendered page = pages.get(lang);
        return page != null && page.generation() == generation.get() ? page.html() : null;
    }

    /** Renders the page (reading the database) and keeps it unless the FAQ changed meanwhile. */
    public String render(Lang lang, Supplier<String> renderer) {
        long before = generation.get();
        String html = renderer.get();
        pages.put(lang, new Rendered(before, html));
        return html;
    }

    public void invalidate() {
        generation.incrementAndGet();
        pages.clear();
    }
}
