package no.samla.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import no.samla.people.SamlaUser;
import no.samla.platform.CommentsClosedException;
import no.samla.platform.PlatformView;
import no.samla.platform.Platforms;
import no.samla.platform.Principle;
import no.samla.platform.Reaction;
import no.samla.system.FieldConflictException;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A leadership platform: the draft with what leaders said, the coordinator's editing (add, edit, reorder, merge,
 * delete), the comment window, versions and adoption; and a principle's own page with all its comments. Access is
 * checked before any input is looked at; a change based on an older page gets the 409 answer with the input kept.
 */
@Controller
@RequestMapping("/platforms/{id}")
class PlatformController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Platforms platforms;
    private final java.time.Clock clock;

    PlatformController(Platforms platforms, java.time.Clock clock) {
        this.platforms = platforms;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        return currentPlatformPage(user, id, model);
    }

    @PostMapping("/principles")
    String add(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") PrincipleForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        platforms.managing(user, id);
        return FormSubmission.attempt(
                        result, model, response, () -> platforms.addPrinciple(user, id, form.version(), form.texts()))
                .map(principle -> {
                    redirect.addFlashAttribute("flash", "platform.principle.added");
                    return "redirect:/platforms/" + id + "#principle-" + principle.getId();
                })
                .orElseGet(() -> platformPage(user, platforms.reading(user, id), model));
    }

    @GetMapping("/principles/{principleId}")
    String principle(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long principleId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PlatformView view = platforms.reading(user, id);
        model.addAttribute("form", CommentForm.empty());
        return principlePage(user, view, principleId, page, model);
    }

    @GetMapping("/principles/{principleId}/edit")
    String editForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long principleId,
            Model model) {
        PlatformView view = platforms.managing(user, id);
        model.addAttribute(
                "form", PrincipleForm.of(view.platform(), view.platform().principle(principleId)));
        return editPage(user, view, principleId, model);
    }

    @PostMapping("/principles/{principleId}/edit")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long principleId,
            @Valid @ModelAttribute("form") PrincipleForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlatformView view = platforms.managing(user, id);
        view.platform().principle(principleId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> platforms.changePrinciple(user, id, principleId, form.version(), form.texts()))) {
            redirect.addFlashAttribute("flash", "platform.principle.saved");
            return "redirect:/platforms/" + id + "#principle-" + principleId;
        }
        return editPage(user, platforms.reading(user, id), principleId, model);
    }

    @PostMapping("/principles/{principleId}/move")
    String move(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long principleId,
            @RequestParam(defaultValue = "up") String direction,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return button(
                user,
                id,
                principleId,
                version,
                model,
                response,
                redirect,
                "platform.principle.moved",
                () -> platforms.movePrinciple(user, id, principleId, version, "up".equals(direction)));
    }

    @PostMapping("/principles/{principleId}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long principleId,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return button(
                user,
                id,
                principleId,
                version,
                model,
                response,
                redirect,
                "platform.principle.deleted",
                () -> platforms.removePrinciple(user, id, principleId, version));
    }

    @PostMapping("/principles/{principleId}/merge")
    String merge(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long principleId,
            @RequestParam(required = false) Long other,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        platforms.managing(user, id);
        if (other == null || other == principleId) {
            return refused(user, id, "platform.merge.choose", model, response);
        }
        return button(
                user,
                id,
                principleId,
                version,
                model,
                response,
                redirect,
                "platform.principle.merged",
                () -> platforms.merge(user, id, principleId, other, version));
    }

    @PostMapping("/principles/{principleId}/comments")
    String comment(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long principleId,
            @Valid @ModelAttribute("form") CommentForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlatformView view;
        try {
            view = platforms.commenting(user, id, principleId);
        } catch (CommentsClosedException closed) {
            return closed(user, id, principleId, model, response);
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return principlePage(user, view, principleId, 0, model);
        }
        try {
            platforms.comment(user, id, principleId, form.text());
        } catch (CommentsClosedException closed) {
            return closed(user, id, principleId, model, response);
        }
        redirect.addFlashAttribute("flash", "platform.comment.added");
        return "redirect:/platforms/" + id + "/principles/" + principleId + "#comments";
    }

    @PostMapping("/principles/{principleId}/reaction")
    String react(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long principleId,
            @RequestParam(required = false) String reaction,
            @RequestParam(required = false) String back,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            platforms.commenting(user, id, principleId);
            Reaction chosen = parse(reaction);
            if (reaction != null && !reaction.isBlank() && chosen == null) {
                model.addAttribute("form", CommentForm.empty());
                model.addAttribute("flashError", "platform.reaction.unknown");
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return principlePage(user, platforms.reading(user, id), principleId, 0, model);
            }
            platforms.react(user, id, principleId, chosen);
        } catch (CommentsClosedException closed) {
            return closed(user, id, principleId, model, response);
        }
        redirect.addFlashAttribute("flash", "platform.reaction.saved");
        return "principle".equals(back)
                ? "redirect:/platforms/" + id + "/principles/" + principleId
                : "redirect:/platforms/" + id + "#principle-" + principleId;
    }

    @PostMapping("/window")
    String window(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "open") String action,
            @ModelAttribute("window") WindowForm window,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        platforms.managing(user, id);
        if ("close".equals(action)) {
            platforms.closeComments(user, id);
            redirect.addFlashAttribute("flash", "platform.window.closed");
            return "redirect:/platforms/" + id + "#window";
        }
        if (!result.hasErrors()) {
            try {
                platforms.openComments(
                        user,
                        id,
                        window.untilDate() == null
                                ? null
                                : window.untilDate()
                                        .atTime(window.untilTime() == null ? LocalTime.of(23, 59) : window.untilTime())
                                        .atZone(OSLO)
                                        .toInstant());
                redirect.addFlashAttribute("flash", "platform.window.opened");
                return "redirect:/platforms/" + id + "#window";
            } catch (FieldConflictException past) {
                result.rejectValue("untilDate", past.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return currentPlatformPage(user, id, model);
    }

    @PostMapping("/versions")
    String saveVersion(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("versionForm") VersionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        platforms.managing(user, id);
        return FormSubmission.attempt(
                        result,
                        model,
                        response,
                        () -> platforms.saveVersion(user, id, form.version(), form.gatheringId()))
                .map(number -> {
                    redirect.addFlashAttribute("flash", "platform.version.saved");
                    return "redirect:/platforms/" + id + "/versions/" + number;
                })
                .orElseGet(() -> currentPlatformPage(user, id, model));
    }

    @GetMapping("/versions/{number}")
    String version(
            @AuthenticationPrincipal SamlaUser user, @PathVariable long id, @PathVariable int number, Model model) {
        PlatformView view = platforms.reading(user, id);
        model.addAttribute("view", view);
        model.addAttribute("version", platforms.version(user, id, number));
        model.addAttribute("versions", platforms.versions(view.platform()));
        model.addAttribute("today", LocalDate.now(clock.withZone(OSLO)));
        return "platform/version";
    }

    @PostMapping("/versions/{number}/adopt")
    String adopt(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        platforms.managing(user, id);
        if (adoptedOn == null) {
            return refused(user, id, "platform.adopt.date", model, response);
        }
        platforms.adopt(user, id, number, adoptedOn);
        redirect.addFlashAttribute("flash", "platform.adopted");
        return "redirect:/platforms/" + id;
    }

    @GetMapping("/diff")
    String diff(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model) {
        PlatformView view = platforms.reading(user, id);
        model.addAttribute("view", view);
        List<no.samla.platform.VersionRow> versions = platforms.versions(view.platform());
        model.addAttribute("versions", versions);
        if (versions.size() >= 2) {
            int newest = versions.get(0).number();
            int older = versions.get(1).number();
            int left = from == null ? older : from;
            int right = to == null ? newest : to;
            model.addAttribute("from", left);
            model.addAttribute("to", right);
            model.addAttribute("diff", platforms.diff(user, id, left, right));
        }
        return "platform/diff";
    }

    /**
     * A button on a principle (move, delete, merge): done and back to the platform, or, when the platform changed since
     * the page was opened, the platform as it is now with the conflict explained.
     */
    private String button(
            SamlaUser user,
            long id,
            long principleId,
            Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String flash,
            Runnable change) {
        PlatformView view = platforms.managing(user, id);
        view.platform().principle(principleId);
        if (version == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            BindingResult none = new BeanPropertyBindingResult(new Object(), "button");
            if (FormSubmission.run(none, model, response, change)) {
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/platforms/" + id + "#principles";
            }
            model.addAttribute("staleButton", true);
        }
        return currentPlatformPage(user, id, model);
    }

    private String refused(SamlaUser user, long id, String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("flashError", message);
        return currentPlatformPage(user, id, model);
    }

    /** The platform page as it is now, with an empty form for a new principle. */
    private String currentPlatformPage(SamlaUser user, long id, Model model) {
        PlatformView view = platforms.reading(user, id);
        model.addAttribute("form", PrincipleForm.empty(view.platform()));
        return platformPage(user, view, model);
    }

    private String closed(SamlaUser user, long id, long principleId, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("commentsClosedRefusal", true);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CommentForm.empty());
        }
        return principlePage(user, platforms.reading(user, id), principleId, 0, model);
    }

    private static Reaction parse(String reaction) {
        if (reaction == null || reaction.isBlank()) {
            return null;
        }
        for (Reaction candidate : Reaction.values()) {
            if (candidate.name().equals(reaction)) {
                return candidate;
            }
        }
        return null;
    }

    private String platformPage(SamlaUser user, PlatformView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("principles", view.platform().getPrinciples());
        model.addAttribute("activity", platforms.activity(user, view));
        model.addAttribute("commentsOpen", platforms.commentsOpen(view.platform()));
        model.addAttribute("versions", platforms.versions(view.platform()));
        model.addAttribute("reactions", Reaction.values());
        if (view.manages()) {
            model.addAttribute("gatherings", platforms.gatheringsOf(view.platform()));
            if (!model.containsAttribute("versionForm")) {
                model.addAttribute(
                        "versionForm", new VersionForm(null, view.platform().getVersion()));
            }
            if (!model.containsAttribute("window")) {
                model.addAttribute("window", WindowForm.empty());
            }
        }
        return "platform/platform";
    }

    private String principlePage(SamlaUser user, PlatformView view, long principleId, int page, Model model) {
        Principle principle = view.platform().principle(principleId);
        model.addAttribute("view", view);
        model.addAttribute("principle", principle);
        model.addAttribute("activity", platforms.activity(user, view).get(principleId));
        model.addAttribute("comments", platforms.comments(view, principleId, Pages.of(page, Sort.unsorted())));
        model.addAttribute("commentsOpen", platforms.commentsOpen(view.platform()));
        model.addAttribute("reactions", Reaction.values());
        return "platform/principle";
    }

    private String editPage(SamlaUser user, PlatformView view, long principleId, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("principle", view.platform().principle(principleId));
        model.addAttribute("activity", platforms.activity(user, view).get(principleId));
        model.addAttribute("comments", platforms.comments(view, principleId, Pages.of(0, Sort.unsorted())));
        return "platform/principle-form";
    }
}
