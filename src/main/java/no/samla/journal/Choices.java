package no.samla.journal;

import java.util.List;

/**
 * What an assignment can be given to in a programme: its leader groups, its active network groups, and its
 * participants (for choosing people), each with a label.
 */
public record Choices(List<Option> leaderGroups, List<Option> networkGroups, List<Participant> participants) {

    /** A group to give an assignment to. */
    public record Option(long id, String label) {}

    /** A participant to choose, with what the list is grouped by (their leader group, or else their municipality). */
    public record Participant(long personId, String fullName, String group) {}
}
