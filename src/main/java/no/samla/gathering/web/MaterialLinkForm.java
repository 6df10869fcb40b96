package no.samla.gathering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.gathering.MaterialKind;
import no.samla.gathering.Materials;

/** A link to add as material: before or after, a title and an http or https address. */
record MaterialLinkForm(
        @NotNull MaterialKind linkKind,
        @NotBlank @Size(max = Materials.TITLE_MAX) String linkTitle,
        @NotBlank @Size(max = Materials.URL_MAX) String url) {

    static MaterialLinkForm empty() {
        return new MaterialLinkForm(MaterialKind.BEFORE, "", "");
    }
}
