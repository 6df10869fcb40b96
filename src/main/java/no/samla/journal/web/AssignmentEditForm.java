package no.samla.journal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.samla.journal.AssignmentKind;
import no.samla.journal.ProgrammeAssignment;
import org.springframework.format.annotation.DateTimeFormat;

/** The parts of a given assignment that can change; its recipients stay. */
record AssignmentEditForm(
        @NotNull AssignmentKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn,

        @NotNull Long version) {

    static AssignmentEditForm of(ProgrammeAssignment assignment) {
        return new AssignmentEditForm(
                assignment.kind(),
                assignment.title(),
                assignment.description(),
                assignment.dueOn(),
                assignment.version());
    }
}
