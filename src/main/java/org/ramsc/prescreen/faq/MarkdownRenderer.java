package org.ramsc.prescreen.faq;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * FAQ Markdown to HTML that is safe to put in a page. Raw HTML in the Markdown is escaped by
 * commonmark, and the result then passes an allow-list sanitizer: paragraphs, lists, emphasis,
 * links (http, https, mailto; rel="noopener noreferrer"), headings h3–h4, code and quotes. Nothing
 * else survives, whatever the Markdown says. The same renderer serves the public page and the
 * admin preview, so that the preview shows exactly what will be published.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final int CACHE_LIMIT = 1000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote", "br", "h3", "h4", "a")
            // an answer sits under its question (h2): Markdown's top headings become h3, deeper ones h4
            .allowElements((name, attrs) -> "h3", "h1", "h2")
            .allowElements((name, attrs) -> "h4", "h5", "h6")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,4}")).onElements("ol")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();
    // keyed by the Markdown itself, so an entry's new text is a new key: nothing to invalidate,
    // and every instance of the app shows the same thing
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String cached = cache.get(markdown);
        if (cached != null) {
            return cached;
        }
        String html = POLICY.sanitize(renderer.render(parser.parse(markdown)));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(markdown, html);
        return html;
    }
}
