package no.samla.journal;

/** The file attached to an entry, without its bytes. */
public record LogEntryAttachment(long id, String fileName, String contentType, long sizeBytes) {}
