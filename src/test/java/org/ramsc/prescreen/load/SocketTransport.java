package org.ramsc.prescreen.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLSession;

/**
 * One kept-alive HTTP/1.1 connection over a plain socket, as a browser tab holds one: for the
 * benchmark's patients, so that the driver leaves the two cores to what it measures. The JDK's
 * client spent about 0.9 ms of CPU a request here (its selector thread, its futures), as much as
 * half of what the app spent answering. Not thread-safe: one per patient thread. Plain
 * {@code http} only.
 */
public final class SocketTransport implements Transport, Closeable {

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private String connectedTo;
    /** Whether the connection has answered before: a kept-alive one the server may have closed. */
    private boolean reused;

    @Override
    public HttpResponse<String> send(String method, URI uri, List<String> headers, String body)
            throws IOException {
        byte[] request = request(method, uri, headers, body);
        for (int attempt = 0; ; attempt++) {
            open(uri);
            // a kept-alive connection may have been closed by the server while idle: then, and only
            // when nothing of an answer came back, the request is sent once more on a new one
            boolean mayRetry = reused && attempt == 0;
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                close();
                if (mayRetry) {
                    continue;
                }
                throw e;
            }
            try {
                return read(method, uri, mayRetry);
            } catch (StaleConnection stale) {
                close();
            } catch (IOException e) {
                close();
                throw e;
            }
        }
    }

    private void open(URI uri) throws IOException {
        String authority = uri.getHost() + ":" + port(uri);
        if (socket != null && authority.equals(connectedTo)) {
            return;
        }
        close();
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(uri.getHost(), port(uri)), (int) TIMEOUT.toMillis());
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
        connectedTo = authority;
        reused = false;
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : 80;
    }

    private static byte[] request(String method, URI uri, List<String> headers, String body) {
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ')
                .append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(port(uri)).append("\r\n");
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
        }
        if (content != null || method.equals("POST") || method.equals("PUT")) {
            head.append("Content-Length: ").append(content == null ? 0 : content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        if (content == null) {
            return start;
        }
        byte[] all = new byte[start.length + content.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        return all;
    }

    private HttpResponse<String> read(String method, URI uri, boolean mayRetry) throws IOException {
        String statusLine = line(mayRetry);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String field = line(false); !field.isEmpty(); field = line(false)) {
            int colon = field.indexOf(':');
            fields.computeIfAbsent(field.substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(field.substring(colon + 1).trim());
        }
        HttpHeaders responseHeaders = HttpHeaders.of(fields, (name, value) -> true);
        byte[] content = body(method, status, responseHeaders);
        reused = true;
        if (responseHeaders.allValues("connection").stream().anyMatch(v -> v.equalsIgnoreCase("close"))) {
            close();
        }
        return new Answer(status, responseHeaders, new String(content, StandardCharsets.UTF_8), uri, method);
    }

    private byte[] body(String method, int status, HttpHeaders headers) throws IOException {
        if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
            return new byte[0];
        }
        if (headers.firstValue("transfer-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
                .orElse(false)) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                chunks.write(in.readNBytes(size));
                line(false);
            }
            while (!line(false).isEmpty()) {
                // trailer fields, unused
            }
            return chunks.toByteArray();
        }
        Optional<String> length = headers.firstValue("content-length");
        if (length.isPresent()) {
            byte[] content = in.readNBytes(Integer.parseInt(length.get()));
            if (content.length < Integer.parseInt(length.get())) {
                throw new EOFException("the answer ended early");
            }
            return content;
        }
        // no length: the body runs to the end of the connection
        byte[] content = in.readAllBytes();
        close();
        return content;
    }

    private int chunkSize() throws IOException {
        String size = line(false);
        int extension = size.indexOf(';');
        return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    /** One header line without its CRLF. */
    private String line(boolean firstOfAnswer) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int first;
        try {
            first = in.read();
        } catch (java.net.SocketException reset) {
            if (firstOfAnswer) {
                throw new StaleConnection();
            }
            throw reset;
        }
        for (int b = first; ; b = in.read()) {
            if (b < 0) {
                if (firstOfAnswer && line.length() == 0) {
                    throw new StaleConnection();
                }
                throw new EOFException("the connection closed within an answer");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
        connectedTo = null;
        reused = false;
    }

    /** A kept-alive connection the server had closed: nothing of the answer was read. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("the kept-alive connection was closed by the server");
        }
    }

    /** The answer, in the shape the JDK's client gives, so that callers work with either. */
    private record Answer(int statusCode, HttpHeaders headers, String body, URI uri, String method)
            implements HttpResponse<String> {

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
