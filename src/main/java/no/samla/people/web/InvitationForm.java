package no.samla.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.samla.people.PasswordPolicy;

/** Choosing the first password through an invitation; the password is typed twice. */
record InvitationForm(
        @NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
        String newPassword,

        String repeatPassword) {

    static InvitationForm empty() {
        return new InvitationForm("", "");
    }

    boolean repeatedCorrectly() {
        return newPassword == null || newPassword.equals(repeatPassword);
    }
}
