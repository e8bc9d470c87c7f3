package org.ramsc.prescreen.screening;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The app with real SMTP to a GreenMail server on a free port (the mailer is a mock in the plain
 * test profile), a clinic inbox, a public URL and confirmation e-mails turned on. The port travels
 * in a system property, the one thing the profile and the test class share whatever class loader
 * each was loaded by.
 */
public class MailEnabledProfile implements QuarkusTestProfile {

    static final String PORT_PROPERTY = "test.greenmail.port";
    static final String CLINIC = "clinic@example.org";

    static synchronized int port() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = Integer.toString(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT_PROPERTY, port);
        }
        return Integer.parseInt(port);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port()),
                "quarkus.mailer.start-tls", "DISABLED",
                // one connection per mail, so that a mail server that went away and came back is found again
                "quarkus.mailer.keep-alive", "false",
                "app.mail.clinic-to", CLINIC,
                "app.mail.public-url", "https://prescreen.example.org/",
                "app.mail.confirmations", "true");
    }
}
