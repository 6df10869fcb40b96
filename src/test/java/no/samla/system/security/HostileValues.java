package no.samla.system.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Values for fuzzing forms and query parameters, drawn from a seeded {@link Random} so that a run can be repeated:
 * plausible values of a field's type (so that some submissions pass validation and reach the services and the
 * database), and hostile ones: wrongly typed, oversized, control characters, markup and template expressions.
 */
final class HostileValues {

    /** Markup that must never come back unescaped in a page: it would run as script. */
    static final String SCRIPT = "<script>samlaFuzz()</script>";

    static final String ATTRIBUTE = "\"><svg onload=samlaFuzz()>";
    static final String SCRIPT_URL = "javascript:samlaFuzz()";

    /** What a page may show only escaped. */
    static final List<String> UNESCAPED_MARKERS =
            List.of("<script>samlaFuzz", "<svg onload=samlaFuzz", "href=\"javascript:samlaFuzz", "src=\"javascript:");

    private static final List<String> FIXED = List.of(
            "",
            " ",
            "abc",
            "-1",
            "0",
            "99999999999999999999",
            "1e400",
            "1.5",
            "NaN",
            "2026-02-30",
            "24:61",
            "31.12.2026",
            "true",
            "null",
            "' OR '1'='1",
            "'; drop table person; --",
            "${7*7}",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
            "*{7*7}",
            "[[${7*7}]]",
            "../../../../etc/passwd",
            "%00",
            "\u0000",
            "a\u0000b",
            "\r\nSet-Cookie: fuzz=1",
            "\u202Egnp.exe",
            "\uFEFF",
            "Ærlig østlig å",
            "municipality:abc",
            "provider:-1",
            "[]",
            "{}",
            "<!--",
            "]]>",
            SCRIPT,
            ATTRIBUTE,
            SCRIPT_URL,
            "https://example.org/\"><script>samlaFuzz()</script>");

    private final Random random;
    private final LocalDate today;

    HostileValues(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    Random random() {
        return random;
    }

    /** A hostile value for any field. */
    String hostile() {
        return switch (random.nextInt(6)) {
            case 0, 1, 2 -> FIXED.get(random.nextInt(FIXED.size()));
            case 3 -> randomText(1_000 + random.nextInt(11_000));
            case 4 -> randomText(1 + random.nextInt(60));
            default -> "9".repeat(1 + random.nextInt(40));
        };
    }

    /** A value the field could hold, judged by its type and name. */
    String plausible(Class<?> type, String name, List<String> seen) {
        if (!seen.isEmpty() && random.nextInt(3) > 0) {
            return seen.get(random.nextInt(seen.size()));
        }
        String lower = name.toLowerCase();
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants.length == 0 ? "" : ((Enum<?>) constants[random.nextInt(constants.length)]).name();
        }
        if (type == Boolean.class || type == boolean.class) {
            return random.nextBoolean() ? "true" : "false";
        }
        if (type == LocalDate.class) {
            return today.plusDays(random.nextInt(400) - 100).toString();
        }
        if (type == java.time.LocalTime.class) {
            return String.format("%02d:%02d", 8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
        }
        if (type == java.time.LocalDateTime.class) {
            return today.plusDays(random.nextInt(100)) + "T10:00";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return Integer.toString(random.nextInt(12));
        }
        if (lower.contains("email")) {
            return "fuzz" + random.nextInt(1_000) + "@fuzz.example";
        }
        if (lower.contains("url") || lower.contains("link")) {
            return "https://example.org/fuzz/" + random.nextInt(1_000);
        }
        if (lower.contains("date")) {
            return today.plusDays(random.nextInt(100)).toString();
        }
        if (lower.contains("time")) {
            return "10:00";
        }
        return "Fuzz " + randomText(1 + random.nextInt(20)).strip() + " " + SCRIPT;
    }

    /** A value for the field: mostly plausible, sometimes hostile. */
    String mixed(Class<?> type, String name, List<String> seen) {
        return random.nextInt(10) < 3 ? hostile() : plausible(type, name, seen);
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                text.append((char) ('a' + random.nextInt(26)));
            } else if (kind < 7) {
                text.append(' ');
            } else if (kind < 8) {
                text.append("<>\"'&;/\\%{}$#".charAt(random.nextInt(13)));
            } else if (kind < 9) {
                text.append("æøåÆØÅéü€".charAt(random.nextInt(9)));
            } else {
                // Any code point of the Basic Multilingual Plane that is not a lone surrogate.
                char c = (char) random.nextInt(0xD800);
                text.append(c);
            }
        }
        return text.toString();
    }
}
