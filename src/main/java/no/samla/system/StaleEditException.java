package no.samla.system;

/** A form was based on a version that someone else has changed since it was opened. */
public class StaleEditException extends RuntimeException {

    private final long currentVersion;

    public StaleEditException(long currentVersion) {
        super("The record was changed by someone else (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Throws when the version a form was opened with is no longer the stored one. */
    public static void check(long storedVersion, long formVersion) {
        if (storedVersion != formVersion) {
            throw new StaleEditException(storedVersion);
        }
    }
}
