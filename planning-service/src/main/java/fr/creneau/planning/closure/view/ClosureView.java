package fr.creneau.planning.closure.view;

import fr.creneau.planning.closure.domain.ClosureScope;
import fr.creneau.planning.shared.domain.DateSpan;

public record ClosureView(String closureId, String communeId, ClosureScope scope, String targetId, DateSpan span,
        String label) {

    public static final String KIND = "closure";

    /** Whether it closes this counter, standing at this place. */
    public boolean closes(String counterId, String placeId) {
        return switch (scope) {
            case COMMUNE -> true;
            case PLACE -> targetId.equals(placeId);
            case COUNTER -> targetId.equals(counterId);
        };
    }
}
