package org.ramsc.prescreen.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping client for the staff pages, like screening's Browser, that also signs in
 * through the real login form and poses as its own client address (X-Forwarded-For, trusted in
 * the test profile), so that throttling tests do not lock each other out. Redirects are not
 * followed, so tests see them.
 */
public final class StaffBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private final Map<String, String> cookies = new HashMap<>();
    private final String address;
    private String csrf;
    private String acceptLanguage = "en";
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    public StaffBrowser() {
        this(nextAddress());
    }

    public StaffBrowser(String address) {
        this.address = address;
    }

    /** A client address no other browser in this test run uses (TEST-NET-2, RFC 5737). */
    public static String nextAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    public String address() {
        return address;
    }

    /** Sends this header with every request from now on (e.g. a forged Host). */
    public StaffBrowser header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public StaffBrowser acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    /** Loads the login page and posts its form with its CSRF token, as a browser would; returns the redirect. */
    public Response signIn(String username, String password) {
        get("/login");
        return post("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        Matcher matcher = CSRF.matcher(response.asString());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    public Response post(String path, List<Map.Entry<String, String>> fields) {
        return postRaw(path, fields, true);
    }

    public Response postWithoutCsrf(String path, List<Map.Entry<String, String>> fields) {
        return postRaw(path, fields, false);
    }

    private Response postRaw(String path, List<Map.Entry<String, String>> fields, boolean withCsrf) {
        StringBuilder body = new StringBuilder();
        if (withCsrf && csrf != null) {
            body.append("csrf-token=").append(encode(csrf));
        }
        for (Map.Entry<String, String> field : fields) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(encode(field.getKey())).append('=').append(encode(field.getValue()));
        }
        Response response = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(body.toString()).post(path);
        remember(response);
        return response;
    }

    /** Loads a page and posts the given fields to it, with that page's CSRF token. */
    public Response fill(String path, List<Map.Entry<String, String>> fields) {
        get(path);
        return post(path, fields);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** A copy of every cookie this browser holds, for replaying them from another client. */
    public Map<String, String> cookies() {
        return new HashMap<>(cookies);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).header("Accept-Language", acceptLanguage)
                .header("X-Forwarded-For", address).headers(new LinkedHashMap<>(extraHeaders))
                .cookies(new LinkedHashMap<>(cookies));
    }

    private Response remember(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
