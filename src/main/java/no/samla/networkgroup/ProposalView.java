package no.samla.networkgroup;

import java.util.List;

/**
 * A draft as the coordinator works on it: its groups with members, lock marks and scores; participants not placed
 * yet (they joined after it was composed); and whether confirming it would replace groups that already exist.
 */
public record ProposalView(
        Proposal proposal,
        List<ProposedGroup> groups,
        Evaluation evaluation,
        List<MemberRow> unplaced,
        boolean replacesGroups) {

    public record ProposedGroup(int number, List<ProposedMember> members, GroupEvaluation evaluation) {}

    public record ProposedMember(MemberRow person, boolean locked) {}

    public boolean confirmable() {
        return unplaced.isEmpty() && evaluation.confirmable();
    }

    public long lockedCount() {
        return proposal.placements().values().stream()
                .filter(Proposal.Placement::locked)
                .count();
    }
}
