package org.ramsc.prescreen;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Real SMTP for the tests, on a free port of this machine: the mailer is no mock, but nothing
 * listens there unless a test starts GreenMail on that port (ClinicMailTest), and the mail jobs
 * never run on their own in tests (app.mail.tick=off), so other tests send no mail. One resource
 * for all tests, like TestDatabase, so that mail tests need no application restart.
 */
public class TestMail implements QuarkusTestResourceLifecycleManager {

    public static final String CLINIC = "clinic@example.org";

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.start-tls", "DISABLED",
                // one connection per mail, so that a mail server that went away and came back is found again
                "quarkus.mailer.keep-alive", "false",
                "app.mail.clinic-to", CLINIC,
                "app.mail.public-url", "https://prescreen.example.org/",
                "app.mail.confirmations", "true");
    }

    @Override
    public void stop() {
    }
}
