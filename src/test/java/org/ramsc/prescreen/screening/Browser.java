package org.ramsc.prescreen.screening;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal cookie-keeping client for page tests: it reads the CSRF token from the last form it
 * saw and sends it back, as a browser would. Redirects are not followed, so tests see the 303s.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;
    private String acceptLanguage = "en";
    private String address;

    private final Map<String, String> headers = new HashMap<>();

    /** Sends this header with every request (e.g. X-Forwarded-For to pose as another client). */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Browser acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    /** Poses as a client at {@code address} (X-Forwarded-For, believed from the test client's loopback proxy). */
    public Browser from(String address) {
        this.address = address;
        return this;
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

    /** Posts a form with the CSRF token of the last page; each entry may repeat a name. */
    public Response post(String path, List<Map.Entry<String, String>> fields) {
        return postRaw(path, fields, true);
    }

    public Response postWithoutCsrf(String path, List<Map.Entry<String, String>> fields) {
        return postRaw(path, fields, null);
    }

    /** Posts with a token of the test's choosing: a stale one, or another browser's. */
    public Response postWithToken(String path, String token, List<Map.Entry<String, String>> fields) {
        return postRaw(path, fields, token);
    }

    private Response postRaw(String path, List<Map.Entry<String, String>> fields, boolean withCsrf) {
        return postRaw(path, fields, withCsrf ? csrf : null);
    }

    private Response postRaw(String path, List<Map.Entry<String, String>> fields, String token) {
        StringBuilder body = new StringBuilder();
        if (token != null) {
            body.append("csrf-token=").append(encode(token));
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

    /** Loads a page and posts the given fields to it, as a patient filling it in would. */
    public Response fill(String path, List<Map.Entry<String, String>> fields) {
        get(path);
        return post(path, fields);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public void forget(String name) {
        cookies.remove(name);
    }

    private RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false).header("Accept-Language", acceptLanguage)
                .headers(new LinkedHashMap<>(headers)).cookies(new LinkedHashMap<>(cookies));
        return address == null ? request : request.header("X-Forwarded-For", address);
    }

    private void remember(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
