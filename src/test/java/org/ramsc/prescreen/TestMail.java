package org.ramsc.prescreen;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

/**
 * Real SMTP for the tests, on a free port of this machine: the mailer is no mock, but nothing
 * listens there unless a test starts GreenMail on that port (ClinicMailTest), and the mail jobs
 * never run on their own in tests (app.mail.tick=off), so other tests send no mail. One resource
 * for all tests, like TestDatabase, so that mail tests need no application restart.
 */
public class TestMail implements QuarkusTestResourceLifecycleManager {

    public static final String CLINIC = "clinic@example.org";

    /** How long the test SMTP server waits before its greeting, as a server across a network would. */
    private static final long GREETING_DELAY_MILLIS = 50;

    /**
     * GreenMail's SMTP server on 127.0.0.1 at the mailer's port, not yet started. Its greeting
     * waits a moment: on loopback GreenMail greets the instant it accepts, and the Vert.x mail
     * client (4.5.x) sets its socket's reader only once its pool hands the new connection over, so
     * a greeting that arrives before that is dropped in part or whole; the client then reads
     * "eenMail SMTP Service ready" as an error, or waits until GreenMail times out. A real server
     * is at least one round trip away, so the pause makes the test see what production sees.
     */
    public static GreenMail smtpServer(int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
                return Map.of(ServerSetup.PROTOCOL_SMTP, new SmtpServer(setups[0], managers) {
                    @Override
                    protected ProtocolHandler createProtocolHandler(Socket socket) {
                        return new SmtpHandler(new SmtpCommandRegistry(), managers.getSmtpManager(), socket) {
                            @Override
                            protected void sendGreetings() {
                                try {
                                    Thread.sleep(GREETING_DELAY_MILLIS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                super.sendGreetings();
                            }
                        };
                    }
                });
            }
        };
    }

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
