package no.samla.journal;

/** An attachment with its bytes, for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
