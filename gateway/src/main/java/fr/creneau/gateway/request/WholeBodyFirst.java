package fr.creneau.gateway.request;

import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.TimeoutException;

/**
 * Reads a request's whole body before anything else does: a body larger than the limit is a 413 (at once when its
 * length is announced), one that does not arrive in time a 408, and no service is called before the body is here.
 * So a slow or lying client waits alone: the route's circuit breaker only ever times a service, never a client.
 * The body read is kept, so it can be read again (Spring Security, the route).
 */
@Component
class WholeBodyFirst implements WebFilter, Ordered {

    private final RequestProperties properties;
    private final ProblemWriter problems;

    WholeBodyFirst(RequestProperties properties, ProblemWriter problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 50;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        if (length > properties.maxBodySize().toBytes()) {
            return refuse(exchange, new DataBufferLimitException("announced"));
        }
        if (length <= 0 && !headers.containsKey(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), (int) properties.maxBodySize().toBytes())
                .timeout(properties.bodyTimeout())
                .map(WholeBodyFirst::bytes)
                .defaultIfEmpty(new byte[0])
                .materialize()
                .flatMap(read -> read.hasError() ? refuse(exchange, read.getThrowable())
                        : chain.filter(exchange.mutate().request(new Kept(exchange.getRequest(), read.get())).build()));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Throwable failure) {
        String path = exchange.getRequest().getPath().value();
        if (failure instanceof DataBufferLimitException) {
            return problems.write(exchange.getResponse(), ProblemWriter.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "Requête trop volumineuse", "Le corps de la requête dépasse la taille acceptée (%d Ko)."
                            .formatted(properties.maxBodySize().toKilobytes()), path));
        }
        if (failure instanceof TimeoutException) {
            return problems.write(exchange.getResponse(), ProblemWriter.problem(HttpStatus.REQUEST_TIMEOUT,
                    "Requête trop lente", "Le corps de la requête n'est pas arrivé en entier à temps (%d s)."
                            .formatted(properties.bodyTimeout().toSeconds()), path));
        }
        return Mono.error(failure);
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** The request with its body kept in memory, announced with its length. */
    private static final class Kept extends ServerHttpRequestDecorator {

        private final byte[] body;
        private final HttpHeaders headers;

        Kept(ServerHttpRequest request, byte[] body) {
            super(request);
            this.body = body;
            HttpHeaders copy = new HttpHeaders();
            copy.putAll(request.getHeaders());
            copy.remove(HttpHeaders.TRANSFER_ENCODING);
            copy.setContentLength(body.length);
            this.headers = HttpHeaders.readOnlyHttpHeaders(copy);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
        }
    }
}
