package fr.creneau.booking.shared.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

class KeyedMacTest {

    private static final byte[] KEY = "a key of the tests, thirty-two b".getBytes(StandardCharsets.UTF_8);

    @Test
    void eachThreadsMacGivesWhatAFreshMacGives() throws Exception {
        KeyedMac keyed = new KeyedMac(KEY);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int from = thread * 1_000;
                results.add(threads.submit(() -> {
                    for (int i = from; i < from + 1_000; i++) {
                        byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
                        if (!Arrays.equals(keyed.get().doFinal(message), fresh(message))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void aMessageLeftUnfinishedDoesNotLeakIntoTheNext() throws Exception {
        KeyedMac keyed = new KeyedMac(KEY);
        keyed.get().update("half a message".getBytes(StandardCharsets.UTF_8));

        byte[] message = "the next one".getBytes(StandardCharsets.UTF_8);
        assertThat(keyed.get().doFinal(message)).isEqualTo(fresh(message));
    }

    private static byte[] fresh(byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        return mac.doFinal(message);
    }
}
