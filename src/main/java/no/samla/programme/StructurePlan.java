package no.samla.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The planned work between gatherings: network groups with their meetings, and coaching per participant. */
@Embeddable
public record StructurePlan(
        @Column(name = "network_groups") int networkGroups,
        @Column(name = "meetings_per_network_group") int meetingsPerNetworkGroup,
        @Column(name = "coaching_sessions_per_participant") int coachingSessionsPerParticipant) {

    public static StructurePlan none() {
        return new StructurePlan(0, 0, 0);
    }

    public int networkMeetings() {
        return networkGroups * meetingsPerNetworkGroup;
    }
}
