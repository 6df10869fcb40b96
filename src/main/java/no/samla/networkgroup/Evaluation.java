package no.samla.networkgroup;

import java.util.List;

/** The groups of a composition with their scores, and the overall score (the mean over members). */
public record Evaluation(List<GroupEvaluation> groups, int score) {

    public GroupEvaluation group(int number) {
        return groups.get(number - 1);
    }

    public boolean confirmable() {
        return !groups.isEmpty()
                && groups.stream().noneMatch(group -> group.sizeOutOfRange() || group.hasManagerConflict());
    }
}
