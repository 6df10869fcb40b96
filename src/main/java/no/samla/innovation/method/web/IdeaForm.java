package no.samla.innovation.method.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new idea: a title and a short description. */
record IdeaForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 500) String description) {

    static IdeaForm empty() {
        return new IdeaForm("", "");
    }
}
