package no.samla.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.samla.people.PasswordPolicy;

/** Changing one's own password; the new one is typed twice. */
record PasswordForm(
        @NotBlank String currentPassword,

        @NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
        String newPassword,

        String repeatPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    boolean repeatedCorrectly() {
        return newPassword == null || newPassword.equals(repeatPassword);
    }
}
