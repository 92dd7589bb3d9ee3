package fr.creneau.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests as a careless or hostile client sends them, past what WebTestClient would tidy up: addresses as they are
 * written, bodies in chunks, bodies that stop half-way.
 */
final class RawHttp {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RawHttp() {
    }

    record Reply(int status, String contentType, String body, Duration took) {
    }

    static Reply send(HttpRequest.Builder request) {
        Instant start = Instant.now();
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.between(start, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder to(int port, String rawPath) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath));
    }

    /** Writes {@code head} and the start of a body, then waits for whatever the server answers (15 s at most). */
    static Reply halfABody(int port, String head, String bodyStart) {
        Instant start = Instant.now();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write((head + "\r\n\r\n" + bodyStart).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = readAnswer(socket.getInputStream());
            String firstLine = answer.lines().findFirst().orElse("");
            int status = firstLine.isEmpty() ? 0 : Integer.parseInt(firstLine.split(" ")[1]);
            String contentType = answer.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
            int bodyStartsAt = answer.indexOf("\r\n\r\n");
            return new Reply(status, contentType, bodyStartsAt < 0 ? "" : answer.substring(bodyStartsAt + 4),
                    Duration.between(start, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything until the server closes, or until a complete answer with a Content-Length has arrived. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            read.write(buffer, 0, n);
            String text = read.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            Matcher length = CONTENT_LENGTH.matcher(text);
            if (end >= 0 && length.find() && text.getBytes(StandardCharsets.UTF_8).length
                    >= end + 4 + Integer.parseInt(length.group(1))) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
