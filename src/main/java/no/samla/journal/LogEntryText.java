package no.samla.journal;

/** The four things a leader writes in a log entry; any of them may be empty, but not all. */
public record LogEntryText(String did, String happened, String learned, String nextStep) {

    /** The most a text may hold (the columns' size). */
    public static final int MAX = 8000;

    public boolean blank() {
        return did.isBlank() && happened.isBlank() && learned.isBlank() && nextStep.isBlank();
    }

    /**
     * Text as it can be stored and shown: Windows line ends as plain ones, and control characters (NUL, which the
     * database refuses, among them) left out; tabs and line breaks stay.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }
}
