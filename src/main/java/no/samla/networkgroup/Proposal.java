package no.samla.networkgroup;

import java.util.Map;

/**
 * A coordinator's draft of a programme's groups, kept server-side between requests: the size setting and seed it
 * was composed with, and where each person is placed (and whether they are locked there).
 */
public record Proposal(
        long programmeId, long seed, SizeSetting size, int groups, Map<Long, Placement> placements, long version) {

    public record Placement(int group, boolean locked) {}

    public Proposal {
        placements = Map.copyOf(placements);
    }
}
