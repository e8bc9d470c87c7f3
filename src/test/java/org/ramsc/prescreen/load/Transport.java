package org.ramsc.prescreen.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** How a {@link FormClient}'s requests reach the server. */
@FunctionalInterface
public interface Transport {

    Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * Sends one request and reads the whole answer. {@code headers} are names and values in turn;
     * {@code body} is null for a request without one.
     */
    HttpResponse<String> send(String method, URI uri, List<String> headers, String body)
            throws IOException, InterruptedException;

    /** Through the JDK's client, which the tests share between visitors. */
    static Transport of(HttpClient http) {
        return (method, uri, headers, body) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i + 1 < headers.size(); i += 2) {
                request.header(headers.get(i), headers.get(i + 1));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        };
    }
}
