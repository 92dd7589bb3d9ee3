package fr.creneau.booking.voice.domain;

/**
 * A commune's phone line on the voice server.
 *
 * @param phoneNumber the number citizens call, in E.164 (+33…), as Twilio sends it in {@code To}
 * @param transferNumber where a caller who is not understood is put through (the mairie's switchboard); may be null
 * @param openingHours said before the transfer ("du lundi au vendredi de 8 heures 30 à 12 heures")
 * @param enabled the commune administrator's switch
 * @param offered the operator's switch: the option is part of the commune's subscription
 */
public record VoiceLine(String communeId, String phoneNumber, String transferNumber, String openingHours,
                        boolean enabled, boolean offered) {

    public boolean answers() {
        return enabled && offered;
    }
}
