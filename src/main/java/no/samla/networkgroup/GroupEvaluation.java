package no.samla.networkgroup;

import java.util.List;

/**
 * How mixed one group is: a score from 0 to 100, the reasons for it, and warnings (size outside 3–8, a leader
 * with their own manager).
 */
public record GroupEvaluation(
        int number, List<Candidate> members, int score, List<Reason> reasons, List<Reason> warnings) {

    public boolean sizeOutOfRange() {
        return members.size() < SizeSetting.SMALLEST || members.size() > SizeSetting.LARGEST;
    }

    public boolean hasManagerConflict() {
        return warnings.stream().anyMatch(warning -> warning.key().equals(Diversity.MANAGER_WARNING));
    }
}
