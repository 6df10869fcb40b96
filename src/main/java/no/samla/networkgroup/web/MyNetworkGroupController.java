package no.samla.networkgroup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import no.samla.networkgroup.MeetingRow;
import no.samla.networkgroup.MemberRow;
import no.samla.networkgroup.NetworkGroups;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.networkgroup.PersonalGroup;
import no.samla.people.SamlaUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My network group", outside /programmes so that leaders reach it: the person's groups with their members and
 * upcoming meetings, and each meeting with attendance and the notes the group shares. A meeting is found only by its
 * group's current members and its facilitators; coordinators, municipality admins and the admin do not read the notes.
 */
@Controller
@RequestMapping("/network-group")
class MyNetworkGroupController {

    static final int UPCOMING = 20;

    private final NetworkGroups groups;
    private final NetworkMeetings meetings;

    MyNetworkGroupController(NetworkGroups groups, NetworkMeetings meetings) {
        this.groups = groups;
        this.meetings = meetings;
    }

    @GetMapping
    String mine(@AuthenticationPrincipal SamlaUser user, Model model) {
        Map<PersonalGroup, List<MemberRow>> mine = groups.groupsOf(user.personId());
        model.addAttribute("groups", mine);
        model.addAttribute(
                "upcoming",
                meetings.upcomingOf(
                        mine.keySet().stream().map(PersonalGroup::groupId).toList(), UPCOMING));
        model.addAttribute("facilitated", meetings.facilitatedBy(user.personId(), UPCOMING));
        return "networkgroup/mine";
    }

    @GetMapping("/meetings/{meetingId}")
    String meeting(@AuthenticationPrincipal SamlaUser user, @PathVariable long meetingId, Model model) {
        return meetingView(model, user, meetings.meetingFor(user.personId(), meetingId), null, null);
    }

    @PostMapping("/meetings/{meetingId}/notes")
    String addNote(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long meetingId,
            @RequestParam(required = false) String text,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MeetingRow meeting = meetings.meetingFor(user.personId(), meetingId);
        String error = text == null || text.isBlank()
                ? "networkgroup.note.required"
                : text.strip().length() > NetworkMeetings.NOTE_MAX ? "networkgroup.note.tooLong" : null;
        if (error != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return meetingView(model, user, meeting, text, error);
        }
        meetings.addNote(user.personId(), meetingId, text);
        redirect.addFlashAttribute("flash", "networkgroup.note.saved");
        return "redirect:/network-group/meetings/" + meetingId + "#notes";
    }

    @PostMapping("/meetings/{meetingId}/attendance")
    String attendance(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long meetingId,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Boolean present,
            RedirectAttributes redirect) {
        meetings.meetingFor(user.personId(), meetingId);
        if (personId == null || present == null) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        meetings.recordAttendance(user.personId(), meetingId, personId, present);
        redirect.addFlashAttribute("flash", "networkgroup.attendance.saved");
        return "redirect:/network-group/meetings/" + meetingId + "#attendance";
    }

    private String meetingView(Model model, SamlaUser user, MeetingRow meeting, String typed, String error) {
        List<MemberRow> members = meetings.membersOf(meeting.groupId());
        boolean member = members.stream().anyMatch(m -> m.personId() == user.personId());
        model.addAttribute("meeting", meeting);
        model.addAttribute("members", members);
        model.addAttribute("attendance", meetings.attendance(meeting.id()));
        model.addAttribute("recordsAttendance", NetworkMeetings.recordsAttendance(meeting, user.personId(), member));
        model.addAttribute("notes", meetings.notes(meeting.id()));
        model.addAttribute("typed", typed);
        model.addAttribute("noteError", error);
        return "networkgroup/meeting";
    }
}
