package no.samla.networkgroup.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samla.networkgroup.MeetingRow;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import org.springframework.stereotype.Component;

/** On a leader's programme page: the next meeting of their network group, when they are in one. */
@Component
class NextMeetingPanel implements ParticipantPanel {

    private final NetworkMeetings meetings;

    NextMeetingPanel(NetworkMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Content> content(SamlaUser user, ParticipantProgramme programme) {
        long programmeId = programme.id();
        Optional<MeetingRow> next = meetings.nextOfMember(user.personId(), programmeId);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", next.get());
        return Optional.of(new Content("networkgroup/my-programme :: next", model));
    }
}
