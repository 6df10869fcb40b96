package no.samla.innovation.pitch.web;

import jakarta.validation.constraints.Size;

/** A new panel member: one of the programme's people, or anyone by e-mail address. */
record PanelForm(Long personId, @Size(max = 320) String email) {}
