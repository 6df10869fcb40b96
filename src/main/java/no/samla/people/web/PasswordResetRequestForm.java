package no.samla.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asking for a password reset link: the account's e-mail. */
record PasswordResetRequestForm(
        @NotBlank @Email @Size(max = 254) String email) {

    static PasswordResetRequestForm empty() {
        return new PasswordResetRequestForm("");
    }
}
