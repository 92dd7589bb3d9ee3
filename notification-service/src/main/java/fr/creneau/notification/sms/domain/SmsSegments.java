package fr.creneau.notification.sms.domain;

/**
 * How many SMS a text takes. GSM-7 when every character is in the GSM 03.38 basic set or its extension table
 * (an extension character counts twice): 160 septets alone, 153 per segment when split. Otherwise UCS-2 (UTF-16):
 * 70 units alone, 67 per segment; a character outside the BMP (an emoji) counts twice.
 */
public final class SmsSegments {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    public static SmsLength of(String text) {
        String body = text == null ? "" : text;
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return ucs2(body);
            }
        }
        return new SmsLength(Encoding.GSM_7, septets, count(septets, 160, 153));
    }

    private static SmsLength ucs2(String body) {
        int units = body.length();
        return new SmsLength(Encoding.UCS_2, units, count(units, 70, 67));
    }

    private static int count(int units, int single, int perPart) {
        if (units == 0) {
            return 1;
        }
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }

    public enum Encoding {
        GSM_7,
        UCS_2
    }

    /** {@code units}: septets in GSM-7, UTF-16 code units in UCS-2. */
    public record SmsLength(Encoding encoding, int units, int segments) {
    }
}
