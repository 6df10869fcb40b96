package no.samla.networkgroup.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.networkgroup.MeetingRow;
import no.samla.networkgroup.MemberRow;
import no.samla.networkgroup.NetworkGroups;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.networkgroup.PersonalGroup;
import no.samla.people.SamlaUser;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On the start page of anyone in a network group: the group's other members, by name, title and unit, and the next meeting. */
@Component
class NetworkGroupHomeSection implements HomeSection {

    private final NetworkGroups networkGroups;
    private final NetworkMeetings meetings;

    NetworkGroupHomeSection(NetworkGroups networkGroups, NetworkMeetings meetings) {
        this.networkGroups = networkGroups;
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Content> content(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Optional.empty();
        }
        Map<PersonalGroup, List<MemberRow>> groups = networkGroups.groupsOf(user.personId());
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        // Each group's next meeting that is not cancelled, from one bounded query.
        Map<Long, MeetingRow> next = new java.util.HashMap<>();
        meetings.upcomingOf(groups.keySet().stream().map(PersonalGroup::groupId).toList(), 20).stream()
                .filter(meeting -> !meeting.cancelled())
                .forEach(meeting -> next.putIfAbsent(meeting.groupId(), meeting));
        return Optional.of(new Content("networkgroup/home :: groups", Map.of("groups", groups, "next", next)));
    }
}
