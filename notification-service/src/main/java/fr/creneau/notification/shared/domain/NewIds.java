package fr.creneau.notification.shared.domain;

import java.util.UUID;

/** Where new ids come from, passed in as the clock is: the code that records something never draws one itself. */
@FunctionalInterface
public interface NewIds {

    UUID next();
}
