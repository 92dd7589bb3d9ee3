package fr.creneau.gateway.branding;

import java.util.Arrays;
import java.util.Base64;

/**
 * An uploaded logo: PNG, JPEG or WebP, recognised by its first bytes, never by what the client says it is. SVG is
 * refused: it can carry scripts, and a raster image cannot.
 */
record LogoImage(byte[] bytes, String mediaType) {

    static final int MAX_BYTES = 40 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** The image a base64 text (or a data: URL) holds; refuses anything else in French. */
    static LogoImage fromBase64(String text) {
        if (text == null || text.isBlank()) {
            throw new BrandingRefused("image", "l'image du logo est obligatoire (PNG, JPEG ou WebP, en base64)");
        }
        String data = text.strip();
        if (data.startsWith("data:")) {
            int comma = data.indexOf(',');
            data = comma < 0 ? "" : data.substring(comma + 1);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new BrandingRefused("image", "l'image n'est pas écrite en base64");
        }
        if (bytes.length == 0) {
            throw new BrandingRefused("image", "l'image est vide");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BrandingRefused("image", "l'image fait %d Ko ; 40 Ko au plus".formatted((bytes.length + 1023) / 1024));
        }
        return new LogoImage(bytes, mediaTypeOf(bytes));
    }

    private static String mediaTypeOf(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return "image/png";
        }
        if (startsWith(bytes, JPEG)) {
            return "image/jpeg";
        }
        if (bytes.length > 12 && "RIFF".equals(ascii(bytes, 0)) && "WEBP".equals(ascii(bytes, 8))) {
            return "image/webp";
        }
        throw new BrandingRefused("image", "seules les images PNG, JPEG et WebP sont acceptées (pas de SVG)");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] bytes, int from) {
        return new String(bytes, from, 4, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
