package no.samla.networkgroup.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
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
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        return meetings.nextOfMember(user.personId(), programme.id(), reads)
                .map(next -> next.map(meeting -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("meeting", meeting);
                    return new Content("networkgroup/my-programme :: next", model);
                }));
    }
}
