package no.samla.gathering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.gathering.MaterialKind;
import no.samla.gathering.Materials;
import org.springframework.web.multipart.MultipartFile;

/** A file to upload as material: before or after, a title and the file. */
record MaterialFileForm(
        @NotNull MaterialKind fileKind,
        @NotBlank @Size(max = Materials.TITLE_MAX) String fileTitle,
        MultipartFile file) {

    static MaterialFileForm empty() {
        return new MaterialFileForm(MaterialKind.BEFORE, "", null);
    }

    boolean hasFile() {
        return file != null
                && !(file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()));
    }
}
