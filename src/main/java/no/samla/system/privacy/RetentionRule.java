package no.samla.system.privacy;

import java.time.LocalDate;

/**
 * A kind of personal data the installation stops keeping some months after its programme ended. The module that owns
 * the data says what clearing means; the privacy module stores each rule's months and whether it is on, and runs the
 * rules every night. {@code key} is stored and names the message {@code privacy.retention.<key>}.
 */
public interface RetentionRule {

    String key();

    /** Two years: long enough to follow a programme's leaders up, short enough that reflections do not linger. */
    int DEFAULT_MONTHS = 24;

    /** The months after a programme's end the data is kept when the installation has not chosen. */
    default int defaultMonths() {
        return DEFAULT_MONTHS;
    }

    /** How many records the rule would clear now, for programmes that ended before the date. */
    long countDue(LocalDate programmesEndedBefore);

    /** Clears them; returns how many records were cleared. Running it again right after clears nothing. */
    long apply(LocalDate programmesEndedBefore);
}
