package no.samla.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;

/**
 * Figures of one participant's progress in a programme that a module knows (gatherings attended, assignments done,
 * log entries written), for the progress view of their programme page. Modules that depend on this one implement
 * it, each in a constant number of queries.
 */
public interface ParticipantProgress {

    /** Ratios such as "3 of 4 gatherings attended", counted up to and including {@code today}. */
    default Deferred<List<Ratio>> ratios(long personId, long programmeId, LocalDate today, ReadBatch reads) {
        return Deferred.of(List.of());
    }

    /** Counts per month from {@code from} to {@code to} (both included); months without any may be left out. */
    default Deferred<Map<YearMonth, Long>> perMonth(
            long personId, long programmeId, YearMonth from, YearMonth to, ReadBatch reads) {
        return Deferred.of(Map.of());
    }

    /**
     * One ratio: {@code done} of {@code of}, with a message key for its label (a table row and the chart) and one for
     * a part of the summary sentence, which gets {@code done} and {@code of} as arguments.
     */
    record Ratio(int order, String labelKey, String summaryKey, long done, long of) {

        /** Whole percent of {@code of}, 0 when there is nothing yet. */
        public int percent() {
            return of == 0 ? 0 : (int) Math.round(100.0 * done / of);
        }
    }
}
