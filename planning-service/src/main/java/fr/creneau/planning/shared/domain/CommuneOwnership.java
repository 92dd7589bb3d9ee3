package fr.creneau.planning.shared.domain;

/** Every aggregate belongs to one commune; a command naming another commune is refused as if the id were unknown. */
public final class CommuneOwnership {

    private CommuneOwnership() {
    }

    public static void assertSame(String owner, String requested, String what) {
        if (!owner.equals(requested)) {
            throw new UnknownInCommune("%s n'existe pas dans la commune « %s ».".formatted(what, requested));
        }
    }
}
