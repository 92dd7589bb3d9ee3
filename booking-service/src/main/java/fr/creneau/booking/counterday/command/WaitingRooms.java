package fr.creneau.booking.counterday.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * The commands waiting for a day's turn, by the stripe of the day's lock: only the holder of that lock takes them,
 * so a command is taken by one thread at most, and its own thread can tell whether it was.
 */
final class WaitingRooms {

    private final List<Queue<Waiting>> rooms;

    WaitingRooms(int stripes) {
        this.rooms = IntStream.range(0, stripes).mapToObj(i -> (Queue<Waiting>) new ConcurrentLinkedQueue<Waiting>())
                .toList();
    }

    Waiting enter(CounterDayCommand command, int stripe) {
        Waiting waiting = new Waiting(command);
        rooms.get(stripe).add(waiting);
        return waiting;
    }

    /** True if {@code waiting} left (or had already been run by its own thread) before another took it. */
    boolean withdraw(Waiting waiting, int stripe) {
        boolean kept = waiting.keep();
        rooms.get(stripe).remove(waiting);
        return kept;
    }

    /** {@code mine} first, then up to {@code most} in all waiting for the same day, in their order of arrival. */
    List<Waiting> take(Waiting mine, int stripe, int most) {
        Queue<Waiting> room = rooms.get(stripe);
        mine.keep();
        room.remove(mine);
        List<Waiting> batch = new ArrayList<>(List.of(mine));
        for (Waiting waiting : room) {
            if (batch.size() == most) {
                break;
            }
            if (waiting.command().counterDayId().equals(mine.command().counterDayId()) && waiting.take()) {
                room.remove(waiting);
                batch.add(waiting);
            }
        }
        return batch;
    }
}
