package no.samla.networkgroup.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samla.networkgroup.MeetingPlanException;
import no.samla.networkgroup.MeetingPlanner;
import no.samla.networkgroup.NetworkGroup;
import no.samla.networkgroup.NetworkMeeting;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.NotFoundException;
import no.samla.system.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network meetings of a programme: the year plan (its viewers read it; a municipality admin sees dates and
 * groups, no names of members), and for its coordinators the plan generator (preview, then save), one meeting's
 * edit form and the focus agreed at a gathering.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/network-groups")
class MeetingPlanController {

    private final NetworkMeetings meetings;
    private final ProgrammeAccess access;
    private final People people;

    MeetingPlanController(NetworkMeetings meetings, ProgrammeAccess access, People people) {
        this.meetings = meetings;
        this.access = access;
        this.people = people;
    }

    @GetMapping("/meetings")
    String yearPlan(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = notTemplate(access.view(user, programmeId));
        return yearPlanView(model, user, programme, null);
    }

    @GetMapping("/{groupId}/meetings")
    String groupYearPlan(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long groupId,
            Model model) {
        Programme programme = notTemplate(access.view(user, programmeId));
        return yearPlanView(model, user, programme, meetings.group(programmeId, groupId));
    }

    @GetMapping("/plan")
    String planForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        Long facilitator = programme.isCoordinatedBy(user.personId())
                ? Long.valueOf(user.personId())
                : programme.getCoordinatorIds().stream().sorted().findFirst().orElse(null);
        model.addAttribute("form", PlanForm.defaults(programme.getPlan().meetingsPerNetworkGroup(), facilitator));
        return planView(model, programme);
    }

    @PostMapping("/plan")
    String plan(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result,
            @RequestParam(defaultValue = "preview") String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        MeetingChecks.check(result, form.startTime(), form.endTime(), form.mode(), form.location());
        if (form.weekday() != null && !PlanForm.WEEKDAYS.contains(form.weekday())) {
            result.rejectValue("weekday", "networkgroup.plan.weekend");
        }
        if (form.facilitatorPersonId() != null && !programme.getCoordinatorIds().contains(form.facilitatorPersonId())) {
            result.rejectValue("facilitatorPersonId", "networkgroup.meeting.facilitator");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return planView(model, programme);
        }
        try {
            if ("save".equals(action)) {
                List<MeetingPlanner.Planned> saved = meetings.savePlan(programme, form.settings());
                redirect.addFlashAttribute("flash", "networkgroup.plan.saved");
                return "redirect:/programmes/" + programmeId + "/network-groups/meetings";
            }
            model.addAttribute("preview", meetings.preview(programme, form.settings()));
        } catch (MeetingPlanException refused) {
            result.reject(refused.messageKey(), refused.arguments(), null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return planView(model, programme);
    }

    @GetMapping("/meetings/{meetingId}")
    String editForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long meetingId,
            Model model) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        NetworkMeeting meeting = meetings.meeting(programmeId, meetingId);
        model.addAttribute("form", MeetingForm.of(meeting));
        return editView(model, programme, meeting);
    }

    @PostMapping("/meetings/{meetingId}")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long meetingId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        NetworkMeeting meeting = meetings.meeting(programmeId, meetingId);
        MeetingChecks.check(result, form.startTime(), form.endTime(), form.mode(), form.location());
        if (form.date() != null && !result.hasFieldErrors("date")) {
            try {
                NetworkMeetings.requireWithin(programme, form.date());
            } catch (MeetingPlanException outside) {
                result.rejectValue("date", outside.messageKey(), outside.arguments(), null);
            }
        }
        if (form.facilitatorPersonId() != null && !programme.getCoordinatorIds().contains(form.facilitatorPersonId())) {
            result.rejectValue("facilitatorPersonId", "networkgroup.meeting.facilitator");
        }
        if (FormSubmission.run(
                result, model, response, () -> meetings.update(programme, meetingId, form.version(), form.data()))) {
            redirect.addFlashAttribute("flash", "networkgroup.meeting.saved");
            return "redirect:/programmes/" + programmeId + "/network-groups/" + meeting.getNetworkGroupId()
                    + "/meetings";
        }
        return editView(model, programme, meeting);
    }

    @PostMapping("/meetings/{meetingId}/cancel")
    String cancel(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long meetingId,
            RedirectAttributes redirect) {
        notTemplate(access.manage(user, programmeId));
        NetworkMeeting meeting = meetings.meeting(programmeId, meetingId);
        meetings.cancel(programmeId, meetingId);
        redirect.addFlashAttribute("flash", "networkgroup.meeting.cancelled");
        return "redirect:/programmes/" + programmeId + "/network-groups/" + meeting.getNetworkGroupId() + "/meetings";
    }

    @GetMapping("/focus")
    String focusForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        return focusView(model, programme, "", Map.of(), false);
    }

    @PostMapping("/focus")
    String focus(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) String forAll,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        Map<Long, String> perGroup = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("group-")) {
                try {
                    perGroup.put(Long.parseLong(name.substring("group-".length())), value);
                } catch (NumberFormatException ignored) {
                    // not a group's field
                }
            }
        });
        boolean tooLong = (forAll != null && forAll.strip().length() > NetworkMeetings.FOCUS_MAX)
                || perGroup.values().stream()
                        .anyMatch(text -> text != null && text.strip().length() > NetworkMeetings.FOCUS_MAX);
        boolean empty = (forAll == null || forAll.isBlank())
                && perGroup.values().stream().allMatch(text -> text == null || text.isBlank());
        if (tooLong || empty) {
            model.addAttribute("focusError", tooLong ? "networkgroup.focus.tooLong" : "networkgroup.focus.required");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return focusView(model, programme, forAll, perGroup, true);
        }
        int changed = meetings.setFocus(programmeId, forAll, perGroup);
        redirect.addFlashAttribute("flash", changed == 0 ? "networkgroup.focus.none" : "networkgroup.focus.saved");
        return "redirect:/programmes/" + programmeId + "/network-groups/meetings";
    }

    private String yearPlanView(Model model, SamlaUser user, Programme programme, NetworkGroup group) {
        model.addAttribute("programme", programme);
        model.addAttribute("group", group);
        model.addAttribute("mayManage", access.canManage(user, programme));
        model.addAttribute(
                "months",
                NetworkMeetings.byMonth(meetings.yearPlan(programme.getId(), group == null ? null : group.getId())));
        return "networkgroup/year-plan";
    }

    private String planView(Model model, Programme programme) {
        model.addAttribute("programme", programme);
        model.addAttribute("weekdays", PlanForm.WEEKDAYS);
        model.addAttribute("modes", no.samla.networkgroup.MeetingMode.values());
        model.addAttribute("facilitators", facilitators(programme));
        return "networkgroup/plan";
    }

    private String editView(Model model, Programme programme, NetworkMeeting meeting) {
        model.addAttribute("programme", programme);
        model.addAttribute("meeting", meeting);
        model.addAttribute("modes", no.samla.networkgroup.MeetingMode.values());
        model.addAttribute("group", meetings.group(programme.getId(), meeting.getNetworkGroupId()));
        model.addAttribute("facilitators", facilitators(programme));
        return "networkgroup/meeting-edit";
    }

    private String focusView(
            Model model, Programme programme, String forAll, Map<Long, String> perGroup, boolean submitted) {
        model.addAttribute("programme", programme);
        model.addAttribute("next", meetings.nextMeetings(programme.getId()).values());
        model.addAttribute("forAll", forAll);
        model.addAttribute("perGroup", perGroup);
        return "networkgroup/focus";
    }

    private List<Person> facilitators(Programme programme) {
        return people.getAll(programme.getCoordinatorIds());
    }

    private static Programme notTemplate(Programme programme) {
        if (programme.isTemplate()) {
            throw new NotFoundException("Network meetings", programme.getId());
        }
        return programme;
    }
}
