package no.samla.innovation.method.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.samla.innovation.method.DotBudgetSpentException;
import no.samla.innovation.method.Ideas;
import no.samla.innovation.method.MethodTools;
import no.samla.people.SamlaUser;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
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
 * Idea generation for a case: the ideas by votes with a form for a new one, dot votes from the team, the shortlist and
 * deleting an idea.
 */
@Controller
@RequestMapping("/innovation-cases/{id}/ideas")
class IdeaController {

    private final MethodTools tools;
    private final Ideas ideas;

    IdeaController(MethodTools tools, Ideas ideas) {
        this.tools = tools;
        this.ideas = ideas;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("form", IdeaForm.empty());
        return listView(user, id, page, model);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") IdeaForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        tools.changing(user, id);
        if (FormSubmission.run(result, model, response, () -> ideas.add(user, id, form.title(), form.description()))) {
            redirect.addFlashAttribute("flash", "method.idea.added");
            return "redirect:/innovation-cases/" + id + "/ideas";
        }
        return listView(user, id, 0, model);
    }

    @PostMapping("/{ideaId}/dots")
    String addDot(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long ideaId,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletResponse response) {
        try {
            ideas.addDot(user, id, ideaId);
        } catch (DotBudgetSpentException spent) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("dotsSpent", true);
            model.addAttribute("form", IdeaForm.empty());
            return listView(user, id, page, model);
        }
        return back(id, ideaId, page);
    }

    @PostMapping("/{ideaId}/dots/delete")
    String withdrawDot(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long ideaId,
            @RequestParam(defaultValue = "0") int page) {
        ideas.withdrawDot(user, id, ideaId);
        return back(id, ideaId, page);
    }

    @PostMapping("/{ideaId}/shortlist")
    String shortlist(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long ideaId,
            @RequestParam(defaultValue = "true") boolean shortlisted,
            @RequestParam(defaultValue = "0") int page) {
        ideas.shortlist(user, id, ideaId, shortlisted);
        return back(id, ideaId, page);
    }

    @PostMapping("/{ideaId}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long ideaId,
            RedirectAttributes redirect) {
        ideas.delete(user, id, ideaId);
        redirect.addFlashAttribute("flash", "method.idea.deleted");
        return "redirect:/innovation-cases/" + id + "/ideas";
    }

    private String listView(SamlaUser user, long id, int page, Model model) {
        var board = ideas.board(user, id, Pages.of(page, Sort.unsorted()));
        model.addAttribute("tools", board.tools());
        model.addAttribute("board", board);
        return "innovation/method/ideas";
    }

    private static String back(long id, long ideaId, int page) {
        return "redirect:/innovation-cases/" + id + "/ideas?page=" + Math.max(page, 0) + "#idea-" + ideaId;
    }
}
