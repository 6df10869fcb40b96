package no.samla.platform;

/** A comment or reaction sent while the platform's comment window is closed. */
public class CommentsClosedException extends RuntimeException {

    public CommentsClosedException(long platformId) {
        super("Comments on platform " + platformId + " are closed");
    }
}
