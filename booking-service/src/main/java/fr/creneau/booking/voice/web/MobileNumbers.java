package fr.creneau.booking.voice.web;

/** French mobile numbers as the keypad and Twilio give them: 0612345678 typed, +33612345678 in {@code From}. */
final class MobileNumbers {

    private MobileNumbers() {
    }

    /** The national form of a French mobile (06 or 07), or null. */
    static String national(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        }
        return digits.matches("0[67][0-9]{8}") ? digits : null;
    }

    /** The international form Twilio sends SMS to (+33612345678), from the national one. */
    static String international(String national) {
        return "+33" + national.substring(1);
    }

    /** The last four digits, said two by two ("12, 34"), so the caller recognises the number. */
    static String ending(String national) {
        String end = national.substring(national.length() - 4);
        return end.substring(0, 2) + ", " + end.substring(2);
    }

    /** Digits said one by one: "1 2 3 4 5 6". */
    static String spelled(String digits) {
        return String.join(" ", digits.split(""));
    }
}
