package org.ramsc.prescreen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The benchmark's HTTP/1.1 connection against a server that answers exactly as each test scripts. */
class SocketTransportTest {

    private ServerSocket server;
    private final List<String> requestLines = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connections = new AtomicInteger();

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void readsALengthDelimitedAnswerWithItsHeadersAndKeepsTheConnection() throws Exception {
        URI base = serve((request, out) -> answer(out, "HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\nContent-Length: 7\r\n\r\n" + "你好!"));
        try (SocketTransport transport = new SocketTransport()) {
            HttpResponse<String> first = transport.send("GET", base.resolve("/one?x=1"), List.of("Cookie", "c=3"), null);
            HttpResponse<String> second = transport.send("POST", base.resolve("/two"), List.of(), "k=v");

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo("你好!");
            assertThat(first.headers().allValues("set-cookie")).containsExactly("a=1", "b=2");
            assertThat(second.request().method()).isEqualTo("POST");
            assertThat(second.uri().getPath()).isEqualTo("/two");
        }
        assertThat(requestLines).containsExactly("GET /one?x=1 HTTP/1.1", "POST /two HTTP/1.1");
        assertThat(connections).hasValue(1);
    }

    @Test
    void readsAChunkedAnswer() throws Exception {
        URI base = serve((request, out) -> answer(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n7;note=x\r\n, world\r\n0\r\n\r\n"));
        try (SocketTransport transport = new SocketTransport()) {
            assertThat(transport.send("GET", base.resolve("/"), List.of(), null).body()).isEqualTo("hello, world");
        }
    }

    @Test
    void sendsARequestAgainOnANewConnectionWhenTheServerClosedTheIdleOne() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        URI base = serve((request, out) -> {
            // every connection answers once and then closes without saying so, as an idle timeout does
            answer(out, "HTTP/1.1 303 See Other\r\nLocation: /next\r\nContent-Length: 0\r\n\r\n");
            answered.incrementAndGet();
            throw new ClosedByServer();
        });
        try (SocketTransport transport = new SocketTransport()) {
            assertThat(transport.send("POST", base.resolve("/a"), List.of(), "").statusCode()).isEqualTo(303);
            Thread.sleep(100);
            assertThat(transport.send("POST", base.resolve("/b"), List.of(), "").statusCode()).isEqualTo(303);
        }
        assertThat(answered).hasValue(2);
        assertThat(connections).hasValue(2);
    }

    @Test
    void anAnswerCutShortIsAnErrorNotAShorterPage() throws Exception {
        URI base = serve((request, out) -> {
            answer(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this");
            throw new ClosedByServer();
        });
        try (SocketTransport transport = new SocketTransport()) {
            assertThatThrownBy(() -> transport.send("GET", base.resolve("/"), List.of(), null))
                    .isInstanceOf(IOException.class);
        }
    }

    /** Serves each connection: reads a request (line, headers, a body of Content-Length), answers. */
    private URI serve(BiConsumer<String, OutputStream> answers) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.UTF_8));
                    OutputStream out = socket.getOutputStream();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        requestLines.add(line);
                        int length = 0;
                        for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                            if (header.toLowerCase().startsWith("content-length:")) {
                                length = Integer.parseInt(header.substring(15).trim());
                            }
                        }
                        in.skip(length);
                        answers.accept(line, out);
                    }
                } catch (ClosedByServer | IOException closed) {
                    // next connection
                }
            }
        }, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private static void answer(OutputStream out, String answer) {
        try {
            out.write(answer.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new ClosedByServer();
        }
    }

    /** The scripted server ends the connection here. */
    private static final class ClosedByServer extends RuntimeException {
    }
}
