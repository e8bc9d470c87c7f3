package org.ramsc.prescreen.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser over plain HTTP, as far as our forms need one: keeps its cookies and the CSRF token of
 * the last page it loaded, follows no redirects (so callers see them), and can move to another
 * address with the same cookies (another instance of the app). Needs nothing but the JDK, so the
 * benchmark can run it too.
 */
public class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Transport transport;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final LongConsumer latencies;
    private String base;
    private String csrf;
    private String language = "zh-Hans";

    /** {@code latencies} receives the duration of every request, in nanoseconds. */
    public FormClient(HttpClient http, String base, LongConsumer latencies) {
        this(Transport.of(http), base, latencies);
    }

    public FormClient(Transport transport, String base, LongConsumer latencies) {
        this.transport = transport;
        this.base = base;
        this.latencies = latencies;
    }

    /**
     * One client for many visitors: HTTP/1.1 keep-alive connections, as browsers use here (Java's
     * default h2c upgrade would multiplex everyone over a few connections).
     */
    public static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Continues with the same cookies at another address. */
    public FormClient at(String otherBase) {
        this.base = otherBase;
        return this;
    }

    public FormClient language(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The CSRF token of the last page that carried one, or null before any. */
    public String csrfToken() {
        return csrf;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path, null, null);
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Posts form fields (name, value, name, value, ...) with the CSRF token of the last page. */
    public HttpResponse<String> post(String path, List<String> fields) throws IOException, InterruptedException {
        return postForm(path, csrf == null ? fields : withToken(fields));
    }

    /** Posts exactly the given fields: no CSRF token unless they hold one. */
    public HttpResponse<String> postForm(String path, List<String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(encode(fields.get(i))).append('=')
                    .append(encode(fields.get(i + 1)));
        }
        return send("POST", path, "application/x-www-form-urlencoded", body.toString());
    }

    private List<String> withToken(List<String> fields) {
        List<String> all = new java.util.ArrayList<>(fields.size() + 2);
        all.add("csrf-token");
        all.add(csrf);
        all.addAll(fields);
        return all;
    }

    public static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new UnexpectedStatus(response);
        }
        return response;
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        List<String> headers = new java.util.ArrayList<>(6);
        if (contentType != null) {
            headers.add("Content-Type");
            headers.add(contentType);
        }
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                    .append(name).append('=').append(value));
            headers.add("Cookie");
            headers.add(header.toString());
        }
        headers.add("Accept-Language");
        headers.add(language);
        long begin = System.nanoTime();
        HttpResponse<String> response = transport.send(method, URI.create(base + path), headers, body);
        latencies.accept(System.nanoTime() - begin);
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page answered with another status than expected. */
    public static final class UnexpectedStatus extends IllegalStateException {

        private final transient HttpResponse<String> response;

        UnexpectedStatus(HttpResponse<String> response) {
            super(response.request().method() + " " + response.uri().getPath() + " answered " + response.statusCode());
            this.response = response;
        }

        public HttpResponse<String> response() {
            return response;
        }
    }
}
