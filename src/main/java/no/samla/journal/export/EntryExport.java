package no.samla.journal.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.samla.coaching.LeadershipBehaviour;

/**
 * What a leader takes home from a programme: their development project as it stands and every log entry they wrote
 * there, with the comments on it. Only the leader's own content; the same for the PDF and the Word document.
 */
record EntryExport(
        String leaderName, String programmeName, LocalDate exportedOn, Project project, List<Entry> entries) {

    /** The latest version of the development project and how many versions it has had. */
    record Project(
            String goal,
            String why,
            LeadershipBehaviour behaviour,
            String practice,
            String evidence,
            int versions,
            Instant savedAt) {}

    /**
     * One log entry with its latest text. {@code behaviour} is the name of a {@link LeadershipBehaviour} or null;
     * {@code versions} counts every saved text, the latest included.
     */
    record Entry(
            long id,
            LocalDate date,
            String assignmentTitle,
            String behaviour,
            boolean aboutProject,
            LocalDate meetingDate,
            String did,
            String happened,
            String learned,
            String nextStep,
            int versions,
            List<Comment> comments) {

        int earlierVersions() {
            return Math.max(0, versions - 1);
        }
    }

    record Comment(String authorName, Instant createdAt, String text) {}
}
