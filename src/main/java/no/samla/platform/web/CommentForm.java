package no.samla.platform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.samla.platform.Principle;

/** A leader's comment on a principle. */
record CommentForm(@NotBlank @Size(max = Principle.TEXT_MAX) String text) {

    static CommentForm empty() {
        return new CommentForm("");
    }
}
