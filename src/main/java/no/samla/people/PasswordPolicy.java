package no.samla.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.samla.system.FieldConflictException;

/**
 * The rules for passwords people choose, after NIST SP 800-63B: length rather than composition rules, and no password
 * that is common, made of one repeated or running pattern, or the person's own e-mail. A common word with digits or
 * signs after it ({@code sommer2024!}) counts as the word itself: guessing tools try those first.
 */
public final class PasswordPolicy {

    /** NIST asks for at least 8, OWASP ASVS (level 1 and up) for at least 12. */
    public static final int MIN_LENGTH = 12;

    /**
     * bcrypt reads at most 72 bytes, and the password encoder refuses a longer password outright; in UTF-8 that is 72
     * characters without æ, ø and å, which take two bytes each (checked in {@link #requireAcceptable}).
     */
    public static final int MAX_LENGTH = 72;

    private static final int MAX_BYTES = 72;

    /** Digits, signs and spaces at the end, which people add to a word to pass a rule. */
    private static final Pattern TRAILING_DECORATION = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]+$");

    private PasswordPolicy() {}

    /**
     * Refuses a new password that breaks a rule, with the reason as a message next to the {@code newPassword} field.
     * Its length in characters is checked where the form is read, its length in bytes here.
     */
    public static void requireAcceptable(String password, String email) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new FieldConflictException("newPassword", "password.new.tooLong");
        }
        String normalised = password.strip().toLowerCase(Locale.ROOT);
        String emailNormalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalised.equals(emailNormalised)) {
            throw new FieldConflictException("newPassword", "password.new.isEmail");
        }
        if (isCommon(normalised, localPart(emailNormalised)) || isPattern(normalised)) {
            throw new FieldConflictException("newPassword", "password.new.common");
        }
    }

    private static boolean isCommon(String password, String emailLocalPart) {
        String word = TRAILING_DECORATION.matcher(password).replaceAll("");
        Set<String> common = CommonPasswords.LIST;
        return common.contains(password) || (!word.isEmpty() && (common.contains(word) || word.equals(emailLocalPart)));
    }

    /** One character, or a short group of them, repeated ({@code aaaaaaaaaa}, {@code abcabcabca}), or a run. */
    private static boolean isPattern(String password) {
        int[] chars = password.codePoints().toArray();
        for (int period = 1; period <= 3 && period < chars.length; period++) {
            boolean repeats = true;
            for (int i = period; i < chars.length && repeats; i++) {
                repeats = chars[i] == chars[i - period];
            }
            if (repeats) {
                return true;
            }
        }
        int step = chars.length > 1 ? chars[1] - chars[0] : 0;
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < chars.length; i++) {
            if (chars[i] - chars[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    /** Read on first use, not at start: about 50 000 entries. */
    private static final class CommonPasswords {

        static final Set<String> LIST = read("/people/common-passwords.txt", "/people/common-words-norwegian.txt");

        private static Set<String> read(String... resources) {
            Set<String> list = new HashSet<>(65_536);
            for (String resource : resources) {
                try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing " + resource);
                    }
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        String entry = line.strip().toLowerCase(Locale.ROOT);
                        if (!entry.isEmpty() && !entry.startsWith("#")) {
                            list.add(entry);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Set.copyOf(list);
        }
    }
}
