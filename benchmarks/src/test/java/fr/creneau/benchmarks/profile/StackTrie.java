package fr.creneau.benchmarks.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flame graph as a tree of frames, outermost first, each with the samples that passed through it. Printed as
 * text, it keeps the wide frames only: those that take a given share of all samples.
 */
final class StackTrie {

    private final String frame;
    private final Map<String, StackTrie> children = new HashMap<>();
    private long samples;

    StackTrie(String frame) {
        this.frame = frame;
    }

    /** Adds one sample; {@code frames} from the outermost to the innermost. */
    void add(List<String> frames) {
        StackTrie node = this;
        node.samples++;
        for (String f : frames) {
            node = node.children.computeIfAbsent(f, StackTrie::new);
            node.samples++;
        }
    }

    long samples() {
        return samples;
    }

    /**
     * The frames taking at least {@code minShare} of all samples, indented by depth. A chain of frames through
     * which (nearly) every sample of its parent passes is shown by its last frame only, after "…".
     */
    List<String> mainFrames(double minShare) {
        List<String> lines = new ArrayList<>();
        long threshold = (long) Math.ceil(samples * minShare);
        for (StackTrie child : widest(threshold)) {
            child.print(lines, 0, samples, threshold, false);
        }
        return lines;
    }

    private void print(List<String> lines, int depth, long total, long threshold, boolean elided) {
        List<StackTrie> wide = widest(threshold);
        boolean chain = wide.size() == 1 && wide.get(0).samples >= samples * 0.9 && !frame.startsWith("f.c.");
        if (chain && depth > 0) {
            wide.get(0).print(lines, depth, total, threshold, true);
            return;
        }
        lines.add("%5.1f%%  %s%s%s".formatted(100.0 * samples / total, "  ".repeat(depth), elided ? "… " : "", frame));
        for (StackTrie child : wide) {
            child.print(lines, depth + 1, total, threshold, false);
        }
    }

    private List<StackTrie> widest(long threshold) {
        return children.values().stream().filter(child -> child.samples >= threshold)
                .sorted(Comparator.comparingLong((StackTrie child) -> child.samples).reversed()).toList();
    }
}
