package no.samla.programme;

import java.util.EnumSet;
import java.util.Set;

/** Where a programme is in its life; only the listed moves are allowed. */
public enum ProgrammeStatus {
    DRAFT,
    PLANNED,
    RUNNING,
    COMPLETED,
    ARCHIVED;

    public Set<ProgrammeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PLANNED, ARCHIVED);
            case PLANNED -> EnumSet.of(DRAFT, RUNNING, ARCHIVED);
            case RUNNING -> EnumSet.of(COMPLETED);
            case COMPLETED -> EnumSet.of(RUNNING, ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(ProgrammeStatus.class);
        };
    }

    public boolean canMoveTo(ProgrammeStatus target) {
        return next().contains(target);
    }
}
