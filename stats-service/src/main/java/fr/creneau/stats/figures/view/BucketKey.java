package fr.creneau.stats.figures.view;

import java.time.LocalDate;

/** One period (its first day, null for a single bucket) and one group id (null when not broken down). */
record BucketKey(LocalDate periodStart, String groupId) {
}
