package no.samla.system.privacy;

/**
 * One kind of a person's records and what erasure does with them. {@code kind} and {@code reason} are message keys
 * under {@code privacy.kind.} and {@code privacy.reason.}.
 */
public record ErasureLine(String kind, long count, Treatment treatment, String reason) {

    public enum Treatment {
        /** Removed from the database. */
        DELETED,
        /** Kept, with what identifies the person removed or replaced. */
        ANONYMISED,
        /** Kept as it is, for the reason given; it points to the anonymised person. */
        KEPT
    }

    public static ErasureLine deleted(String kind, long count, String reason) {
        return new ErasureLine(kind, count, Treatment.DELETED, reason);
    }

    public static ErasureLine anonymised(String kind, long count, String reason) {
        return new ErasureLine(kind, count, Treatment.ANONYMISED, reason);
    }

    public static ErasureLine kept(String kind, long count, String reason) {
        return new ErasureLine(kind, count, Treatment.KEPT, reason);
    }
}
