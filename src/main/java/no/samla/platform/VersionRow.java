package no.samla.platform;

import java.time.Instant;

/** A saved version in the list: its number, the gathering it followed (or null), and when it was saved. */
public record VersionRow(
        long id, int number, Integer gatheringNumber, String gatheringTitle, Instant createdAt, boolean adopted) {}
