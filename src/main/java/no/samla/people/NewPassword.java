package no.samla.people;

import java.security.SecureRandom;

/** A password chosen by Samla: shown once to whoever must pass it on, and changed at first login. */
public record NewPassword(long accountId, String oneTimePassword) {

    // No 0/O, 1/l/I: the password is read off a screen and typed by hand.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
