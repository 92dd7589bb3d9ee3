package fr.creneau.planning.commune.domain;

/** The operator suspended the commune: no booking, no change to its planning; what it has stays and is read. */
public record CommuneSuspended(String communeId, String reason) {
}
