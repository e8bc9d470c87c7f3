package org.ramsc.prescreen.packaged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx in front of two app instances, with the site configuration that production uses
 * ({@code docker/nginx.conf}): only its upstream addresses, listen address and log path are changed.
 */
public final class RoundRobinProxy implements AutoCloseable {

    public static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path SITE = Path.of("docker/nginx.conf");

    private final Process process;
    private final int port;
    private final Path dir;

    private RoundRobinProxy(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    public static boolean installed() {
        return Files.isExecutable(NGINX);
    }

    static RoundRobinProxy start(AppInstance first, AppInstance second) throws IOException, InterruptedException {
        return start(first.port(), second.port());
    }

    /** nginx with the production site configuration in front of an app on {@code port} (both upstreams). */
    public static RoundRobinProxy inFrontOf(int port) throws IOException, InterruptedException {
        return start(port, port);
    }

    private static RoundRobinProxy start(int firstPort, int secondPort) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "nginx").toAbsolutePath();
        int port = AppInstance.freePort();
        String site = Files.readString(SITE)
                .replace("server app1:8080", "server 127.0.0.1:" + firstPort)
                .replace("server app2:8080", "server 127.0.0.1:" + secondPort)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("/var/log/nginx/access.log", dir.resolve("access.log").toString());
        Files.writeString(dir.resolve("site.conf"), site);
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
                root ? "user root;" : "",
                "worker_processes 1;",
                "daemon off;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " warn;",
                "events { worker_connections 1024; }",
                "http {",
                "  client_body_temp_path " + dir.resolve("body") + ";",
                "  proxy_temp_path " + dir.resolve("proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("scgi") + ";",
                "  include " + dir.resolve("site.conf") + ";",
                "}", ""));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        RoundRobinProxy proxy = new RoundRobinProxy(process, port, dir);
        proxy.awaitListening(Duration.ofSeconds(10));
        return proxy;
    }

    private void awaitListening(Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nginx did not listen within " + limit);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String accessLog() throws IOException {
        Path log = dir.resolve("access.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
