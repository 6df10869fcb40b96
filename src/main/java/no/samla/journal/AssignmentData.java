package no.samla.journal;

import java.time.LocalDate;
import java.util.Set;

/**
 * A new assignment as a coordinator gives it. {@code gatheringId} is the gathering it is given at (optional);
 * {@code dueOn} null means the first gathering after that one (or after today). The group ids and the chosen people
 * matter only for their own audience.
 */
public record AssignmentData(
        AssignmentKind kind,
        String title,
        String description,
        Long gatheringId,
        LocalDate dueOn,
        AssignmentAudience audience,
        Long leaderGroupId,
        Long networkGroupId,
        Set<Long> chosenPersonIds) {

    public AssignmentData {
        chosenPersonIds = chosenPersonIds == null ? Set.of() : Set.copyOf(chosenPersonIds);
        description = description == null ? "" : description.strip();
        title = title == null ? null : title.strip();
    }
}
