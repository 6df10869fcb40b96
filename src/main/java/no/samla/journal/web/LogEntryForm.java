package no.samla.journal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.LeadershipBehaviour;
import no.samla.journal.LogEntry;
import no.samla.journal.LogEntryData;
import no.samla.journal.LogEntryDraft;
import no.samla.journal.LogEntryText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A log entry as its form shows it; {@code version} is the number of the version an edit was opened on (0 for a new
 * entry). The texts arrive cleaned: control characters left out and line ends made plain.
 */
record LogEntryForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @Size(max = LogEntryText.MAX) String did,
        @Size(max = LogEntryText.MAX) String happened,
        @Size(max = LogEntryText.MAX) String learned,
        @Size(max = LogEntryText.MAX) String nextStep,
        Long assignmentId,
        Boolean aboutDevelopmentProject,
        LeadershipBehaviour behaviour,
        Long networkMeetingId,
        Long innovationCaseId,
        Boolean shareWithCoach,
        Boolean shareWithNetworkGroup,
        Boolean shareWithCoordinators,
        Long version,
        MultipartFile attachment) {

    LogEntryForm {
        did = LogEntryText.clean(did);
        happened = LogEntryText.clean(happened);
        learned = LogEntryText.clean(learned);
        nextStep = LogEntryText.clean(nextStep);
        version = version == null ? 0L : version;
    }

    static LogEntryForm blank(LocalDate today, Long assignmentId) {
        return new LogEntryForm(
                today, "", "", "", "", assignmentId, false, null, null, null, false, false, false, 0L, null);
    }

    static LogEntryForm of(LogEntry entry) {
        DevelopmentProject.Sharing sharing = entry.sharing();
        LogEntryText text = entry.text();
        return new LogEntryForm(
                entry.date(),
                text.did(),
                text.happened(),
                text.learned(),
                text.nextStep(),
                entry.assignmentId(),
                entry.developmentProjectId() != null,
                entry.behaviour(),
                entry.networkMeetingId(),
                entry.innovationCaseId(),
                sharing.coach(),
                sharing.networkGroup(),
                sharing.coordinators(),
                (long) entry.versionNumber(),
                null);
    }

    /** This form with the draft's date, assignment and text in place of its own. */
    LogEntryForm withDraft(LogEntryDraft draft) {
        LogEntryText text = draft.text();
        return new LogEntryForm(
                draft.date() == null ? date : draft.date(),
                text.did(),
                text.happened(),
                text.learned(),
                text.nextStep(),
                draft.assignmentId() == null ? assignmentId : draft.assignmentId(),
                aboutDevelopmentProject,
                behaviour,
                networkMeetingId,
                innovationCaseId,
                shareWithCoach,
                shareWithNetworkGroup,
                shareWithCoordinators,
                version,
                null);
    }

    LogEntryText text() {
        return new LogEntryText(did.strip(), happened.strip(), learned.strip(), nextStep.strip());
    }

    LogEntryData data() {
        return new LogEntryData(
                date,
                text(),
                assignmentId,
                Boolean.TRUE.equals(aboutDevelopmentProject),
                behaviour,
                networkMeetingId,
                new DevelopmentProject.Sharing(
                        Boolean.TRUE.equals(shareWithCoach),
                        Boolean.TRUE.equals(shareWithNetworkGroup),
                        Boolean.TRUE.equals(shareWithCoordinators)),
                innovationCaseId);
    }
}
