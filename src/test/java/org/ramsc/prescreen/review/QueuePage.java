package org.ramsc.prescreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rendered queue page in tests: its rows, counts and next-page link. */
record QueuePage(String html) {

    private static final Pattern ROW = Pattern.compile(
            "<th scope=\"row\"><a class=\"code\" href=\"/staff/submissions/([0-9a-f-]{36})\">([A-Z2-9]{4} [A-Z2-9]{4})</a>");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">");
    private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");

    static QueuePage of(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return new QueuePage(response.asString());
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    List<String> codes() {
        List<String> codes = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            codes.add(m.group(2).replace(" ", ""));
        }
        return codes;
    }

    long total() {
        Matcher m = TOTAL.matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    long outcomeCount(String outcome) {
        return count("data-outcome-count=\"" + outcome + "\"");
    }

    long statusCount(String status) {
        return count("data-status-count=\"" + status + "\"");
    }

    /** The next page's URL, unescaped; null on the last page. */
    String next() {
        Matcher m = NEXT.matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private long count(String marker) {
        Matcher m = Pattern.compile(Pattern.quote(marker) + ".*?<strong>(\\d+)</strong>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(marker).isTrue();
        return Long.parseLong(m.group(1));
    }
}
