package no.samla.innovation.pitch;

import java.util.List;
import java.util.Map;

/** A panel member's scoring of one case as it stands: the values by criterion id and the comment (empty if none). */
public record ScoreSheet(
        Pitch pitch, PitchSlot slot, List<Criterion> criteria, Map<Long, Integer> values, String comment) {

    public boolean scored() {
        return !values.isEmpty();
    }
}
