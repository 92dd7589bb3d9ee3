package fr.creneau.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock server standing for every downstream service, and an address where no service listens. */
final class Downstream {

    static final WireMockServer SERVICES = new WireMockServer(options().dynamicPort());

    static {
        SERVICES.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SERVICES::stop));
    }

    private Downstream() {
    }

    static String url() {
        return SERVICES.baseUrl();
    }

    static String nobodyListening() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
