package fr.creneau.planning.capacity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts capacity windows into slots of one duration. Slots start at the beginning of each stretch of contiguous
 * windows (the opening time), follow each other, never go past the stretch, and take the lowest capacity they cover.
 */
public final class SlotCutter {

    private SlotCutter() {
    }

    public static List<Slot> cut(List<CapacityWindow> windows, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("La durée d'un créneau doit être positive.");
        }
        List<Slot> slots = new ArrayList<>();
        int stretchStart = 0;
        for (int i = 1; i <= windows.size(); i++) {
            if (i == windows.size() || !windows.get(i).start().equals(windows.get(i - 1).end())) {
                cutStretch(windows.subList(stretchStart, i), duration, slots);
                stretchStart = i;
            }
        }
        return slots;
    }

    private static void cutStretch(List<CapacityWindow> stretch, Duration duration, List<Slot> slots) {
        Instant end = stretch.get(stretch.size() - 1).end();
        for (Instant start = stretch.get(0).start(); !start.plus(duration).isAfter(end); start = start.plus(duration)) {
            int capacity = lowestCapacity(stretch, start, start.plus(duration));
            if (capacity > 0) {
                slots.add(new Slot(start, start.plus(duration), capacity));
            }
        }
    }

    private static int lowestCapacity(List<CapacityWindow> stretch, Instant start, Instant end) {
        int lowest = Integer.MAX_VALUE;
        for (CapacityWindow window : stretch) {
            if (window.start().isBefore(end) && start.isBefore(window.end())) {
                lowest = Math.min(lowest, window.capacity());
            }
        }
        return lowest == Integer.MAX_VALUE ? 0 : lowest;
    }
}
