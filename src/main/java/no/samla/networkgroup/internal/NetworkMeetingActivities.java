package no.samla.networkgroup.internal;

import java.util.List;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.programme.ProgrammeActivities;
import org.springframework.stereotype.Component;

/** Network meetings on the programme's timeline and in its quote: the planned ones, never the cancelled. */
@Component
class NetworkMeetingActivities implements ProgrammeActivities {

    private final NetworkMeetings meetings;

    NetworkMeetingActivities(NetworkMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<TimelineEntry> timelineEntries(long programmeId) {
        return meetings.yearPlan(programmeId, null).stream()
                .filter(meeting -> !meeting.cancelled())
                .map(meeting -> new TimelineEntry(
                        meeting.date(),
                        "NETWORK_MEETING",
                        "timeline.networkMeeting",
                        List.of(meeting.groupName(), meeting.number()),
                        meeting.startTime(),
                        meeting.endTime(),
                        "/programmes/" + programmeId + "/network-groups/" + meeting.groupId() + "/meetings"))
                .toList();
    }

    @Override
    public ActualCounts quoteCounts(long programmeId) {
        return new ActualCounts(meetings.plannedCount(programmeId).orElse(null), null);
    }
}
