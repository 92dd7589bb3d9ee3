package fr.creneau.gateway.branding;

/** A commune's colours or logo refused, with the field and the reason in French. */
class BrandingRefused extends RuntimeException {

    private final String field;

    BrandingRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}
