package no.samla.networkgroup.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.organisation.Municipality;
import no.samla.organisation.Organisations;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's busy periods (årshjul): kept by that municipality's admin and the admin; to the admin of another
 * municipality the page does not exist.
 */
@Controller
@RequestMapping("/municipalities/{municipalityId}/busy-periods")
class BusyPeriodController {

    record BusyPeriodForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,

            @NotBlank @Size(max = 200) String label) {}

    private final NetworkMeetings meetings;
    private final Organisations organisations;

    BusyPeriodController(NetworkMeetings meetings, Organisations organisations) {
        this.meetings = meetings;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SamlaUser user, @PathVariable long municipalityId, Model model) {
        Municipality municipality = municipality(user, municipalityId);
        model.addAttribute("form", new BusyPeriodForm(null, null, ""));
        return view(model, municipality);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long municipalityId,
            @Valid @ModelAttribute("form") BusyPeriodForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Municipality municipality = municipality(user, municipalityId);
        if (form.from() != null && form.to() != null && form.to().isBefore(form.from())) {
            result.rejectValue("to", "networkgroup.busy.toBeforeFrom");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(model, municipality);
        }
        meetings.addBusyPeriod(municipalityId, form.from(), form.to(), form.label());
        redirect.addFlashAttribute("flash", "networkgroup.busy.saved");
        return "redirect:/municipalities/" + municipalityId + "/busy-periods";
    }

    @PostMapping("/{periodId}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long municipalityId,
            @PathVariable long periodId,
            RedirectAttributes redirect) {
        municipality(user, municipalityId);
        meetings.deleteBusyPeriod(municipalityId, periodId);
        redirect.addFlashAttribute("flash", "networkgroup.busy.deleted");
        return "redirect:/municipalities/" + municipalityId + "/busy-periods";
    }

    private Municipality municipality(SamlaUser user, long municipalityId) {
        boolean mayKeep = user.hasRole(Role.ADMIN)
                || user.administeredMunicipalityId()
                        .map(id -> id == municipalityId)
                        .orElse(false);
        if (!mayKeep) {
            throw new NotFoundException("Municipality", municipalityId);
        }
        return organisations
                .findMunicipality(municipalityId)
                .orElseThrow(() -> new NotFoundException("Municipality", municipalityId));
    }

    private String view(Model model, Municipality municipality) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("periods", meetings.busyPeriods(municipality.getId()));
        return "networkgroup/busy-periods";
    }
}
