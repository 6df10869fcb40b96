package no.samla.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The work between gatherings as other modules know it (network meetings, coaching), for the programme's timeline
 * and quote. Modules that depend on this one implement it; the programme module knows none of them.
 */
public interface ProgrammeActivities {

    /** Dated entries for the timeline, in a constant number of queries; never names of participants. */
    List<TimelineEntry> timelineEntries(long programmeId);

    /** What this module actually counts for the quote, where it differs from the plan; fields it does not know are null. */
    ActualCounts quoteCounts(long programmeId);

    /**
     * One entry on the timeline: a message key with its arguments (already formatted), the time if it has one, and
     * a link for those who may follow it, or null.
     */
    record TimelineEntry(
            LocalDate date,
            String kind,
            String titleKey,
            List<Object> titleArguments,
            LocalTime startTime,
            LocalTime endTime,
            String link) {

        public TimelineEntry {
            titleArguments = List.copyOf(titleArguments);
        }

        public Object[] arguments() {
            return titleArguments.toArray();
        }
    }

    /**
     * Actual quantities: the number of planned network meetings, and the number of coaching sessions the participants'
     * quotas add up to. Null where there is nothing actual yet, so the quote uses the plan.
     */
    record ActualCounts(Integer networkMeetings, Integer coachingSessions) {

        public static ActualCounts none() {
            return new ActualCounts(null, null);
        }

        public ActualCounts with(ActualCounts other) {
            return new ActualCounts(
                    networkMeetings != null ? networkMeetings : other.networkMeetings,
                    coachingSessions != null ? coachingSessions : other.coachingSessions);
        }
    }
}
