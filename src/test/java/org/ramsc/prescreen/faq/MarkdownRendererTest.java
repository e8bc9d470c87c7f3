package org.ramsc.prescreen.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersParagraphsListsEmphasisQuotesAndCode() {
        String html = renderer.toSafeHtml("""
                First *soft* and **strong**.

                - one
                - two

                1. first

                > quoted

                Use `code` here.""");
        assertThat(html).contains("<p>First <em>soft</em> and <strong>strong</strong>.</p>")
                .contains("<li>one</li>").contains("<ul>")
                .contains("<ol>").contains("<blockquote>").contains("<code>code</code>");
    }

    @Test
    void givesLinksRelNoopenerNoreferrerAndKeepsOnlyHttpHttpsAndMailto() {
        String html = renderer.toSafeHtml("[site](https://example.org) [mail](mailto:a@example.org) "
                + "[bad](javascript:alert(1)) [data](data:text/html,x) [ftp](ftp://example.org)");
        // the sanitizer writes the two rel values in either order
        String rel = "rel=\"(noopener noreferrer|noreferrer noopener)\"";
        assertThat(html).containsPattern("<a href=\"https://example.org\" " + rel + ">site</a>")
                .containsPattern("<a href=\"mailto:a&#64;example.org\" " + rel + ">mail</a>")
                .doesNotContain("javascript:").doesNotContain("data:text").doesNotContain("ftp:")
                .doesNotContain("href=\"\"")
                .contains(" bad ").contains(" ftp");
    }

    @Test
    void turnsTopHeadingsIntoH3AndDeeperOnesIntoH4() {
        String html = renderer.toSafeHtml("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five");
        assertThat(html).doesNotContain("<h1").doesNotContain("<h2").doesNotContain("<h5")
                .contains("<h3>One</h3>").contains("<h3>Two</h3>").contains("<h3>Three</h3>")
                .contains("<h4>Four</h4>").contains("<h4>Five</h4>");
    }

    @Test
    void leavesNoScriptNoEventHandlerAndNoRawHtml() {
        String html = renderer.toSafeHtml("""
                <script>alert(1)</script>

                <img src=x onerror=alert(2)>

                Text <b onmouseover="alert(3)">bold</b> <iframe src="https://evil.example"></iframe>

                ![pic](https://example.org/x.png)

                [x](https://example.org "t\\" onclick=\\"alert(4)")""");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<b ")
                .doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContain("javascript:");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void rendersTheSameTextTheSameWayTwice() {
        String markdown = "Some **text** " + System.nanoTime();
        assertThat(renderer.toSafeHtml(markdown)).isEqualTo(renderer.toSafeHtml(markdown));
        assertThat(renderer.toSafeHtml("  ")).isEmpty();
    }
}
