package fr.creneau.booking.shared.domain;

/** Numbers written on a fixed width, zeros in front, without {@code String.format}'s parse of its pattern at each call. */
public final class Digits {

    private Digits() {
    }

    /** {@code value} on {@code width} digits: 42 on 6 is "000042"; a longer number is written whole. */
    public static String padded(int value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("a padded number is not negative: " + value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
