package no.samla.programme.imports;

import org.springframework.web.multipart.MultipartFile;

/** The upload form: one CSV or XLSX file. */
record ImportForm(MultipartFile file) {

    static ImportForm empty() {
        return new ImportForm(null);
    }

    boolean hasFile() {
        return file != null
                && !(file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()));
    }
}
