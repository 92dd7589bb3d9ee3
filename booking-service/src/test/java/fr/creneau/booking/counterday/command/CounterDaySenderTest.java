package fr.creneau.booking.counterday.command;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import fr.creneau.booking.counterday.domain.BookingRefused;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sender's queueing and retries, with a command bus that only runs what it is given (Axon's part is not ours). */
class CounterDaySenderTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void commandsToOneDayRunOneAtATimeAndCommandsToAnotherDayDoNotWaitForThem() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CounterDaySender commands = sender(command -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (command.counterDayId().startsWith("busy")) {
                await(release);
            }
            running.decrementAndGet();
        }, 5, Duration.ofSeconds(10));

        Future<?> first = threads.submit(() -> commands.send(new ReleaseHold("busy/2026-12-14", "a", Instant.EPOCH)));
        while (running.get() == 0) {
            Thread.sleep(5);
        }
        Future<?> second = threads.submit(() -> commands.send(new ReleaseHold("busy/2026-12-14", "b", Instant.EPOCH)));
        threads.submit(() -> commands.send(new ReleaseHold("quiet/2026-12-14", "c", Instant.EPOCH)))
                .get(5, TimeUnit.SECONDS);
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);

        assertThat(mostAtOnce.get()).as("the quiet day ran beside the busy one, the busy day's two never together")
                .isEqualTo(2);
    }

    @Test
    void aCommandThatDoesNotGetItsTurnInTimeIsBusyAndNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        CounterDaySender commands = sender(command -> {
            ran.incrementAndGet();
            await(release);
        }, 5, Duration.ofMillis(200));
        Future<?> holder = threads.submit(() -> commands.send(new ReleaseHold("d/2026-12-14", "a", Instant.EPOCH)));
        while (ran.get() == 0) {
            Thread.sleep(5);
        }

        assertThatThrownBy(() -> commands.send(new ReleaseHold("d/2026-12-14", "b", Instant.EPOCH)))
                .isInstanceOf(CommandsBusy.class);
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);
        assertThat(ran.get()).isEqualTo(1);
    }

    @Test
    void aConflictWithAnotherInstanceIsTriedAgainAndTwentyInARowAreBusy() {
        AtomicInteger tries = new AtomicInteger();
        sender(command -> {
            if (tries.incrementAndGet() < 4) {
                throw new ConcurrencyException("another instance appended first");
            }
        }, 5, Duration.ofSeconds(10)).send(new ReleaseHold("d/2026-12-14", "a", Instant.EPOCH));
        assertThat(tries.get()).isEqualTo(4);

        AtomicInteger lost = new AtomicInteger();
        CounterDaySender alwaysLosing = sender(command -> {
            lost.incrementAndGet();
            throw new ConcurrencyException("another instance appended first");
        }, 5, Duration.ofSeconds(30));
        assertThatThrownBy(() -> alwaysLosing.send(new ReleaseHold("d/2026-12-14", "a", Instant.EPOCH)))
                .isInstanceOf(CommandsBusy.class).hasCauseInstanceOf(ConcurrencyException.class);
        assertThat(lost.get()).isEqualTo(20);
    }

    @Test
    void reservationsWaitingForTheSameDayRunTogetherAndEachGetsItsOwnOutcome() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        CounterDaySender commands = batching(command -> {
            ran.incrementAndGet();
            if (command instanceof ReleaseHold) {
                await(release);
            }
            if (command instanceof ReserveSlot reservation && reservation.booking().appointmentId().equals("taken")) {
                throw new BookingRefused(BookingRefused.Reason.SLOT_UNAVAILABLE, "Ce créneau n'est plus disponible.");
            }
        }, Duration.ofSeconds(10));
        Future<?> holder = threads.submit(() -> commands.send(new ReleaseHold(CounterDayFixtures.DAY_ID, "h", NOW)));
        while (ran.get() == 0) {
            Thread.sleep(5);
        }
        Future<?> first = threads.submit(() -> commands.send(reservation("first")));
        Future<?> taken = threads.submit(() -> commands.send(reservation("taken")));
        Future<?> third = threads.submit(() -> commands.send(reservation("third")));
        Thread.sleep(300);
        release.countDown();

        holder.get(5, TimeUnit.SECONDS);
        first.get(5, TimeUnit.SECONDS);
        third.get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> taken.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(BookingRefused.class);
        assertThat(ran.get()).isEqualTo(4);
        assertThat(meters.summary("booking.counterday.batch").max()).as("the three waited and ran as one batch")
                .isEqualTo(3);
    }

    @Test
    void aReservationThatLostToAnotherInstanceAndThenWaitedTooLongIsBusyNotStuck() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger lostOnce = new AtomicInteger();
        CounterDaySender commands = batching(command -> {
            if (command instanceof ReleaseHold) {
                await(release);
            } else if (lostOnce.getAndIncrement() == 0) {
                // the next turn goes to the release, which holds the day past this reservation's time limit
                threads.submit(() -> commands().send(new ReleaseHold(CounterDayFixtures.DAY_ID, "h", NOW)));
                sleep(100);
                throw new ConcurrencyException("another instance appended first");
            }
        }, Duration.ofMillis(500));

        Future<?> reservation = threads.submit(() -> commands.send(reservation("late")));

        assertThatThrownBy(() -> reservation.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CommandsBusy.class);
        release.countDown();
    }

    private static final Instant NOW = CounterDayFixtures.NOW;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private CounterDaySender batchingSender;

    private CounterDaySender commands() {
        return batchingSender;
    }

    private CounterDaySender batching(Consumer<CounterDayCommand> handler, Duration timeout) {
        CommandGateway gateway = gateway(handler);
        batchingSender = new CounterDaySender(gateway,
                new ReservationsTogether(gateway, NoTransactionManager.INSTANCE, meters, 20), meters, 5, timeout);
        return batchingSender;
    }

    private static ReserveSlot reservation(String appointmentId) {
        return CounterDayFixtures.reserve(CounterDayFixtures.held(appointmentId, CounterDayFixtures.OPENS));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static CounterDaySender sender(Consumer<CounterDayCommand> handler, int concurrent, Duration timeout) {
        CommandGateway gateway = gateway(handler);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        return new CounterDaySender(gateway, new ReservationsTogether(gateway, null, meters, 1), meters, concurrent,
                timeout);
    }

    private static CommandGateway gateway(Consumer<CounterDayCommand> handler) {
        return (CommandGateway) Proxy.newProxyInstance(CommandGateway.class.getClassLoader(),
                new Class<?>[] {CommandGateway.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("sendAndWait")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    handler.accept((CounterDayCommand) arguments[0]);
                    return null;
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
