package no.samla.networkgroup;

import java.util.List;

/** A programme's active network groups with their members and scores. */
public record ConfirmedGroups(List<ConfirmedGroup> groups, Evaluation evaluation) {

    public record ConfirmedGroup(NetworkGroup group, List<MemberRow> members, GroupEvaluation evaluation) {

        /** The members from one municipality (what that municipality's admin may see). */
        public List<MemberRow> membersFrom(Long municipalityId) {
            return members.stream()
                    .filter(member -> municipalityId.equals(member.municipalityId()))
                    .toList();
        }
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The groups with at least one member from the municipality. */
    public List<ConfirmedGroup> withMembersFrom(Long municipalityId) {
        return groups.stream()
                .filter(group -> !group.membersFrom(municipalityId).isEmpty())
                .toList();
    }
}
