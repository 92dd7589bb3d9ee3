package fr.creneau.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;

/**
 * The benchmark's clients, the n-th always from the same loopback address with its own connections, kept from one
 * window to the next as a browser keeps its connections.
 */
final class Clients {

    private final String gatewayUrl;
    private final Map<Integer, Api> apis = new ConcurrentHashMap<>();

    Clients(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    /** For each client, its operation, given its Api; the operation gets the number of the call (0, 1, 2...). */
    IntFunction<IntSupplier> each(Function<Api, IntUnaryOperator> operation) {
        return client -> {
            Api api = apis.computeIfAbsent(client + 1, n -> new Api(gatewayUrl, Api.loopback(n)));
            IntUnaryOperator op = operation.apply(api);
            int[] calls = {0};
            return () -> op.applyAsInt(calls[0]++);
        };
    }
}
