package no.samla.innovation.pitch;

/**
 * How one person meets one pitch: the programme's coordinators and the admin manage it; its panel members score it;
 * those who see the programme's cases (participants and enrolled municipalities' admins) follow it and read its
 * results once published.
 */
public record PitchRole(long personId, boolean manager, boolean panel, boolean audience) {

    /** Whether the person may read the results: managers always, everyone else once published. */
    public boolean readsResults(Pitch pitch) {
        return manager || pitch.published();
    }
}
