package org.ramsc.prescreen.web;

import static org.ramsc.prescreen.web.Management.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of /q/metrics in the Prometheus text format, as the cluster's Prometheus would scrape it. */
public final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final List<Sample> samples = new ArrayList<>();

    private MetricsScrape(String text) {
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
    }

    public static MetricsScrape now() {
        return new MetricsScrape(given().accept("text/plain").get("/q/metrics")
                .then().statusCode(200).extract().asString());
    }

    /** The sum of the samples of this name whose labels include the given name/value pairs; 0 if none. */
    public double value(String name, String... labelPairs) {
        return withName(name).stream().filter(s -> s.has(labelPairs)).mapToDouble(Sample::value).sum();
    }

    public List<Sample> withName(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    public record Sample(String name, Map<String, String> labels, double value) {

        boolean has(String... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (!pairs[i + 1].equals(labels.get(pairs[i]))) {
                    return false;
                }
            }
            return true;
        }
    }
}
