package no.samla.platform.web;

/** A new platform: for one enrolled municipality, or for the whole programme when none is chosen. */
record CreateForm(Long municipalityId) {

    static CreateForm empty() {
        return new CreateForm(null);
    }
}
