package no.samla.people;

/** Length rules for passwords people choose (NIST SP 800-63B: length over composition rules). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}
}
