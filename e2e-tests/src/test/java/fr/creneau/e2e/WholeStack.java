package fr.creneau.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One whole platform (packaged jars, real PostgreSQL and Kafka, fake Twilio, GreenMail as SMTP) shared by every test
 * class that asks for it, started on first use and stopped when the test run ends. Tests keep apart by using
 * communes, mobiles and e-mails of their own.
 */
final class WholeStack implements ExtensionContext.Store.CloseableResource {

    final FakeTwilio twilio;
    final FakeAnts ants;
    final GreenMail smtp;
    final Stack stack;

    private WholeStack(String name) {
        twilio = new FakeTwilio().start();
        ants = new FakeAnts().start();
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path data = Path.of("target", name).toAbsolutePath();
        deleteRecursively(data);
        stack = Stack.builder()
                .rootDirectory(Path.of(System.getProperty("creneau.root", "..")))
                .dataDirectory(data)
                .freePorts()
                .postgresSetting("fsync", "off")
                .environment(Service.NOTIFICATION, "TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID)
                .environment(Service.NOTIFICATION, "TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN)
                .environment(Service.NOTIFICATION, "TWILIO_FROM", FakeTwilio.FROM)
                .environment(Service.NOTIFICATION, "TWILIO_API_URL", twilio.url())
                .environment(Service.NOTIFICATION, "SMTP_HOST", "127.0.0.1")
                .environment(Service.NOTIFICATION, "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()))
                .environment(Service.NOTIFICATION, "MAIL_FROM", "ne-pas-repondre@creneau.test")
                // the ANTS: its national site calls us with its token, and we call its coordination API (a fake)
                .environment(Service.BOOKING, "ANTS_EDITOR_TOKEN", FakeAnts.EDITOR_TOKEN)
                .environment(Service.GATEWAY, "ANTS_EDITOR_TOKEN", FakeAnts.EDITOR_TOKEN)
                .environment(Service.BOOKING, "ANTS_API_URL", ants.url())
                .environment(Service.BOOKING, "ANTS_API_TOKEN", FakeAnts.API_TOKEN)
                // IntegratorsTest's webhook receiver is plain http:// on 127.0.0.1, and fails once on purpose; the
                // shipped default (https:// only) is notification-service's EndpointAddressTest
                .environment(Service.NOTIFICATION, "WEBHOOK_ALLOW_LOOPBACK_HTTP", "true")
                .environment(Service.NOTIFICATION, "WEBHOOK_FIRST_RETRY", "1s")
                // the voice webhooks are signed with the account's auth token, as the scripted caller signs them
                .environment(Service.BOOKING, "TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN)
                // every citizen and agent of these tests comes from 127.0.0.1 (the JDK's HttpClient and Chromium cannot
                // leave from another loopback address), where real ones would each have their own: the shipped limits
                // are tested through the gateway from many addresses by PassportRushTest and DefaultRateLimitsTest
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_GENERAL_REQUESTS", "100000")
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_SENSITIVE_REQUESTS", "100000")
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_LOGIN_REQUESTS", "100000")
                // a second gateway on the same database, as behind a load balancer without sticky sessions
                .instances(Service.GATEWAY, 2)
                .build()
                .start();
        StackFigures.report(StackFigures.describe("just started (" + name + ")", stack));
    }

    /** The stack of this test run, started now if no test class started it yet. */
    static WholeStack of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(WholeStack.class, key -> new WholeStack("e2e-stack"), WholeStack.class);
    }

    /** Hands the shared stack to a test's methods ({@code @BeforeAll static void set(WholeStack whole)}). */
    static final class Injected implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == WholeStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }

    Gateway gateway() {
        return new Gateway(stack.gatewayUrl());
    }

    String url() {
        return stack.gatewayUrl();
    }

    @Override
    public void close() {
        StackFigures.report(StackFigures.describe("at the end of the end-to-end tests", stack));
        stack.stop();
        smtp.stop();
        twilio.stop();
        ants.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
