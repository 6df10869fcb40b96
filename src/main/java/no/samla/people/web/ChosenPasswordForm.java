package no.samla.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.samla.people.PasswordPolicy;

/** Choosing a password through a link (an invitation or a password reset); the password is typed twice. */
record ChosenPasswordForm(
        @NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
        String newPassword,

        String repeatPassword) {

    static ChosenPasswordForm empty() {
        return new ChosenPasswordForm("", "");
    }

    boolean repeatedCorrectly() {
        return newPassword == null || newPassword.equals(repeatPassword);
    }
}
