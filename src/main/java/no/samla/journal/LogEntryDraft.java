package no.samla.journal;

import java.time.Instant;
import java.time.LocalDate;

/** What a leader typed into a new entry or an edit without saving it yet. */
public record LogEntryDraft(LocalDate date, Long assignmentId, LogEntryText text, Instant updatedAt) {}
