package no.samla.journal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import no.samla.journal.AssignmentAudience;
import no.samla.journal.AssignmentData;
import no.samla.journal.AssignmentKind;
import no.samla.system.web.FormValues;
import org.springframework.format.annotation.DateTimeFormat;

/** A new assignment as its form shows it; an empty due date means the next gathering. */
record AssignmentForm(
        @NotNull AssignmentKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        Long gatheringId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
        @NotNull AssignmentAudience audience,
        Long leaderGroupId,
        Long networkGroupId,
        List<Long> chosenPersonIds) {

    static AssignmentForm defaults(Long gatheringId, LocalDate dueOn) {
        return new AssignmentForm(null, "", "", gatheringId, dueOn, AssignmentAudience.ALL, null, null, List.of());
    }

    AssignmentData data() {
        return new AssignmentData(
                kind,
                title,
                description,
                gatheringId,
                dueOn,
                audience,
                leaderGroupId,
                networkGroupId,
                FormValues.ids(chosenPersonIds));
    }

    /** Whether a participant is ticked, so that a form sent back keeps its choices. */
    public boolean chosen(long personId) {
        return chosenPersonIds != null && chosenPersonIds.contains(personId);
    }
}
