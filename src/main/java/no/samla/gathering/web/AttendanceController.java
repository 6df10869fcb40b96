package no.samla.gathering.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.samla.gathering.AttendanceSheet;
import no.samla.gathering.AttendanceStatus;
import no.samla.gathering.Attendances;
import no.samla.gathering.ProgrammeAttendance;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.NotFoundException;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Attendance: a gathering's sheet, where the programme's managers mark each participant with one tap (a
 * plain form per person, answered with just that person's row under htmx), and the programme's rates. A
 * municipality admin sees both for their own municipality's people only, without the comments.
 */
@Controller
class AttendanceController {

    static final int COMMENT_MAX = 500;

    private final Attendances attendances;
    private final ProgrammeAccess access;

    AttendanceController(Attendances attendances, ProgrammeAccess access) {
        this.attendances = attendances;
        this.access = access;
    }

    @GetMapping("/programmes/{programmeId}/gatherings/{id}/attendance")
    String sheet(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            Model model) {
        Programme programme = access.view(user, programmeId);
        AttendanceSheet sheet = attendances.sheet(programmeId, id, access.municipalityScope(user, programme));
        return sheetView(model, programme, sheet, access.canManage(user, programme));
    }

    /**
     * Marks one person. The status comes from the button pressed: {@code status} from a status button, or
     * {@code save} from the button that saves the comment and lateness with the status already chosen.
     */
    @PostMapping("/programmes/{programmeId}/gatherings/{id}/attendance/{personId}")
    String mark(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @PathVariable long personId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String save,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(required = false) String comment,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        // Access first: a malformed request must not tell a stranger that the programme exists.
        Programme programme = access.manage(user, programmeId);
        AttendanceStatus chosen = parse(save != null ? save : status);
        String focus = save != null ? "save" : chosen.name();
        boolean partial = "true".equals(htmx);
        if (comment != null && comment.strip().length() > COMMENT_MAX) {
            AttendanceSheet sheet = attendances.sheet(programmeId, id, null);
            AttendanceSheet.Row current =
                    sheet.row(personId).orElseThrow(() -> new NotFoundException("Participant", personId));
            // Keep what was typed and pressed, so nothing is lost while the comment is shortened.
            AttendanceSheet.Row typed = new AttendanceSheet.Row(
                    current.personId(), current.fullName(), current.municipalityName(), chosen, late, comment);
            model.addAttribute("errorPersonId", personId);
            // htmx swaps only successful answers; a plain form answers 422 with the whole sheet.
            if (partial) {
                model.addAttribute("focusPersonId", personId);
                model.addAttribute("focus", "comment");
                return rowView(model, programme, sheet, typed);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return sheetView(model, programme, replace(sheet, typed), true);
        }
        attendances.mark(programmeId, id, personId, chosen, late, comment, user.personId());
        if (!partial) {
            return "redirect:/programmes/" + programmeId + "/gatherings/" + id + "/attendance#person-" + personId;
        }
        AttendanceSheet sheet = attendances.sheet(programmeId, id, null);
        model.addAttribute("focusPersonId", personId);
        model.addAttribute("focus", focus);
        return rowView(
                model,
                programme,
                sheet,
                sheet.row(personId).orElseThrow(() -> new NotFoundException("Participant", personId)));
    }

    @GetMapping("/programmes/{programmeId}/attendance")
    String rates(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Programme programme = access.view(user, programmeId);
        ProgrammeAttendance rates = attendances.rates(programmeId, access.municipalityScope(user, programme));
        Pageable pageable = Pages.of(page, Sort.unsorted());
        List<ProgrammeAttendance.ParticipantLine> all = rates.participants();
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        Page<ProgrammeAttendance.ParticipantLine> participants =
                new PageImpl<>(all.subList(from, to), pageable, all.size());
        model.addAttribute("programme", programme);
        model.addAttribute("rates", rates);
        model.addAttribute("participants", participants);
        return "gathering/attendance-rates";
    }

    private String sheetView(Model model, Programme programme, AttendanceSheet sheet, boolean mayManage) {
        model.addAttribute("programme", programme);
        model.addAttribute("gathering", sheet.gathering());
        model.addAttribute("sheet", sheet);
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("commentMax", COMMENT_MAX);
        return "gathering/attendance";
    }

    /** Just the person's row, and the sheet's rate swapped in out of band. */
    private String rowView(Model model, Programme programme, AttendanceSheet sheet, AttendanceSheet.Row row) {
        sheetView(model, programme, sheet, true);
        model.addAttribute("row", row);
        model.addAttribute("outOfBand", true);
        return "gathering/attendance-row";
    }

    private static AttendanceSheet replace(AttendanceSheet sheet, AttendanceSheet.Row typed) {
        return new AttendanceSheet(
                sheet.gathering(),
                sheet.rows().stream()
                        .map(row -> row.personId() == typed.personId() ? typed : row)
                        .toList());
    }

    private static AttendanceStatus parse(String value) {
        if (value != null) {
            for (AttendanceStatus status : AttendanceStatus.values()) {
                if (status.name().equals(value)) {
                    return status;
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status is PRESENT, ABSENT or EXCUSED");
    }
}
