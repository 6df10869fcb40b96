package no.samla.coaching.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.samla.coaching.Coaching;
import no.samla.coaching.CoachingMode;
import no.samla.coaching.CoachingRefusedException;
import no.samla.coaching.NamedId;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coach's pages: publishing slots in the programmes they coach in, and their slots with who booked each. Coaches
 * may hold any role (a coordinator, or a leader with the coach role in a programme); others are refused.
 */
@Controller
class CoachController {

    private final Coaching coaching;
    private final Programmes programmes;
    private final Clock clock;

    CoachController(Coaching coaching, Programmes programmes, Clock clock) {
        this.coaching = coaching;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/coaching/coach")
    String slots(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam(defaultValue = "false") boolean past,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<NamedId> coached = coachedOrRefuse(user);
        model.addAttribute(
                "slotForm",
                SlotForm.next(coached.get(0).id(), LocalDate.now(clock).plusDays(7)));
        return view(model, user, coached, past, page);
    }

    @PostMapping("/coaching/coach/slots")
    String publish(
            @AuthenticationPrincipal SamlaUser user,
            @Valid @ModelAttribute("slotForm") SlotForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<NamedId> coached = coachedOrRefuse(user);
        if (form.programmeId() != null
                && coached.stream().noneMatch(programme -> programme.id() == form.programmeId())) {
            result.rejectValue("programmeId", "coaching.slot.programme");
        }
        if (!result.hasErrors()) {
            try {
                Programme programme = programmes.find(form.programmeId()).orElseThrow();
                coaching.publish(
                        user.personId(),
                        programme,
                        form.date(),
                        form.time(),
                        form.minutes(),
                        form.mode(),
                        form.place());
                redirect.addFlashAttribute("flash", "coaching.slot.published");
                return "redirect:/coaching/coach";
            } catch (CoachingRefusedException refused) {
                result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view(model, user, coached, false, 0);
    }

    @PostMapping("/coaching/coach/slots/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, RedirectAttributes redirect) {
        coachedOrRefuse(user);
        try {
            coaching.withdraw(user.personId(), id);
            redirect.addFlashAttribute("flash", "coaching.slot.withdrawn");
        } catch (CoachingRefusedException refused) {
            Refusals.flash(redirect, refused);
        }
        return "redirect:/coaching/coach";
    }

    private List<NamedId> coachedOrRefuse(SamlaUser user) {
        List<NamedId> coached = coaching.programmesCoachedBy(user.personId());
        if (coached.isEmpty()) {
            throw new AccessDeniedException("Only coaches publish coaching slots");
        }
        return coached;
    }

    private String view(Model model, SamlaUser user, List<NamedId> coached, boolean past, int page) {
        model.addAttribute("programmes", coached);
        model.addAttribute("modes", CoachingMode.values());
        model.addAttribute("past", past);
        model.addAttribute("slots", coaching.slotsOf(user.personId(), past, Pages.of(page, Sort.unsorted())));
        model.addAttribute("maxPerDay", coaching.maxSessionsPerDay());
        return "coaching/coach";
    }
}
