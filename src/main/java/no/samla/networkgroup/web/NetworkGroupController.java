package no.samla.networkgroup.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.concurrent.ThreadLocalRandom;
import no.samla.networkgroup.CompositionException;
import no.samla.networkgroup.ConfirmedGroups;
import no.samla.networkgroup.NetworkGroups;
import no.samla.networkgroup.ProposalView;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
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
 * A programme's network groups: the confirmed groups (its coordinators and the admin see everything; the admin of
 * an enrolled municipality sees, read only, the groups their own people are in, as member counts and their own
 * people's names), and for the coordinators the compose form and the draft proposal, where people are moved and
 * locked with plain forms before the groups are confirmed.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/network-groups")
class NetworkGroupController {

    private final NetworkGroups networkGroups;
    private final ProgrammeAccess access;

    NetworkGroupController(NetworkGroups networkGroups, ProgrammeAccess access) {
        this.networkGroups = networkGroups;
        this.access = access;
    }

    @GetMapping
    String groups(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = notTemplate(access.view(user, programmeId));
        Long scope = access.municipalityScope(user, programme);
        ConfirmedGroups confirmed = networkGroups.confirmed(programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("mayManage", scope == null);
        model.addAttribute("scope", scope);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("visibleGroups", scope == null ? confirmed.groups() : confirmed.withMembersFrom(scope));
        model.addAttribute(
                "hasProposal",
                scope == null && networkGroups.proposal(programmeId).isPresent());
        return "networkgroup/groups";
    }

    @GetMapping("/compose")
    String composeForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        model.addAttribute(
                "form",
                networkGroups
                        .proposal(programmeId)
                        .map(view -> ComposeForm.of(
                                view.proposal().size(), view.proposal().seed()))
                        .orElseGet(() ->
                                ComposeForm.defaults(ThreadLocalRandom.current().nextLong(1, 100_000))));
        return composeView(model, programme);
    }

    @PostMapping("/compose")
    String compose(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @Valid @ModelAttribute("form") ComposeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        if (form.byCount() && form.groups() == null && !result.hasFieldErrors("groups")) {
            result.rejectValue("groups", "networkgroup.compose.groups.required");
        }
        if (!form.byCount()
                && (form.size() == null || !ComposeForm.SIZES.contains(form.size()))
                && !result.hasFieldErrors("size")) {
            result.rejectValue("size", "networkgroup.compose.size.invalid");
        }
        if (!result.hasErrors()) {
            try {
                networkGroups.compose(programmeId, form.setting(), form.seed(), user.personId());
                return "redirect:/programmes/" + programmeId + "/network-groups/proposal";
            } catch (CompositionException refused) {
                String field = refused.messageKey().endsWith("Groups") ? "groups" : null;
                if (field != null) {
                    result.rejectValue(field, refused.messageKey(), refused.arguments(), null);
                } else {
                    result.reject(refused.messageKey(), refused.arguments(), null);
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return composeView(model, programme);
    }

    @GetMapping("/proposal")
    String proposal(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        java.util.Optional<ProposalView> view = networkGroups.proposal(programmeId);
        if (view.isEmpty()) {
            return "redirect:/programmes/" + programmeId + "/network-groups/compose";
        }
        return render(model, programme, view.get());
    }

    @PostMapping("/proposal/move")
    String move(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Integer group,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        return change(
                model,
                response,
                redirect,
                programme,
                personId,
                () -> networkGroups.move(
                        programmeId, required(version), required(personId), required(group), user.personId()));
    }

    @PostMapping("/proposal/lock")
    String lock(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) Long personId,
            @RequestParam(defaultValue = "true") boolean locked,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        return change(
                model,
                response,
                redirect,
                programme,
                personId,
                () -> networkGroups.lock(programmeId, required(version), required(personId), locked, user.personId()));
    }

    @PostMapping("/proposal/rerun")
    String rerun(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String seed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        long expected = required(version);
        Long parsed = seed(seed);
        if (parsed == null) {
            model.addAttribute("seedError", true);
            model.addAttribute("typedSeed", seed);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return proposalView(model, programme);
        }
        return change(
                model,
                response,
                redirect,
                programme,
                null,
                () -> networkGroups.rerun(programmeId, expected, parsed, user.personId()));
    }

    @PostMapping("/proposal/confirm")
    String confirm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean replaceExisting,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = notTemplate(access.manage(user, programmeId));
        NetworkGroups.Confirmation outcome;
        try {
            outcome = networkGroups.confirm(programmeId, required(version), replaceExisting, user.personId());
        } catch (StaleEditException stale) {
            model.addAttribute("staleEdit", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return proposalView(model, programme);
        }
        switch (outcome) {
            case CONFIRMED -> {
                redirect.addFlashAttribute("flash", "networkgroup.confirmed");
                return "redirect:/programmes/" + programmeId + "/network-groups";
            }
            case NEEDS_CONSENT -> {
                model.addAttribute("programme", programme);
                model.addAttribute("version", version);
                model.addAttribute("current", networkGroups.confirmed(programmeId));
                return "networkgroup/replace";
            }
            default -> {
                model.addAttribute("confirmRefused", true);
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return proposalView(model, programme);
            }
        }
    }

    @PostMapping("/proposal/discard")
    String discard(
            @AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, RedirectAttributes redirect) {
        notTemplate(access.manage(user, programmeId));
        networkGroups.discard(programmeId);
        redirect.addFlashAttribute("flash", "networkgroup.discarded");
        return "redirect:/programmes/" + programmeId + "/network-groups";
    }

    /** Runs a change of the draft; refusals and stale pages come back on the proposal page with a message. */
    private String change(
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Programme programme,
            Long personId,
            Runnable action) {
        try {
            action.run();
        } catch (CompositionException refused) {
            model.addAttribute("refusal", refused);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return proposalView(model, programme);
        } catch (StaleEditException stale) {
            model.addAttribute("staleEdit", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return proposalView(model, programme);
        }
        redirect.addFlashAttribute("flash", "networkgroup.proposal.saved");
        return "redirect:/programmes/" + programme.getId() + "/network-groups/proposal"
                + (personId == null ? "" : "#person-" + personId);
    }

    private String proposalView(Model model, Programme programme) {
        return render(
                model,
                programme,
                networkGroups
                        .proposal(programme.getId())
                        .orElseThrow(() -> new NotFoundException("Proposal", programme.getId())));
    }

    private String render(Model model, Programme programme, ProposalView view) {
        model.addAttribute("programme", programme);
        model.addAttribute("view", view);
        return "networkgroup/proposal";
    }

    private String composeView(Model model, Programme programme) {
        model.addAttribute("programme", programme);
        model.addAttribute("sizes", ComposeForm.SIZES);
        model.addAttribute("hasGroups", networkGroups.hasGroups(programme.getId()));
        return "networkgroup/compose";
    }

    private static Long seed(String value) {
        try {
            long seed = Long.parseLong(value == null ? "" : value.strip());
            return seed < 0 || seed > 999_999_999 ? null : seed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return value;
    }

    private static Programme notTemplate(Programme programme) {
        if (programme.isTemplate()) {
            throw new NotFoundException("Network groups", programme.getId());
        }
        return programme;
    }
}
