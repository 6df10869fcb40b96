package no.samla.innovation.method.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.samla.innovation.method.MethodTools;
import no.samla.innovation.method.WhyAnalyses;
import no.samla.innovation.method.WhyAnalysis;
import no.samla.people.SamlaUser;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
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

/** Five whys analyses of a case: the list, and the forms that write, change and delete them. */
@Controller
@RequestMapping("/innovation-cases/{id}/whys")
class WhyController {

    private final MethodTools tools;
    private final WhyAnalyses analyses;

    WhyController(MethodTools tools, WhyAnalyses analyses) {
        this.tools = tools;
        this.analyses = analyses;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("tools", tools.reading(user, id));
        model.addAttribute("page", analyses.list(user, id, Pages.of(page, Sort.unsorted())));
        return "innovation/method/whys";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        model.addAttribute("tools", tools.changing(user, id));
        model.addAttribute("form", WhyForm.empty());
        return "innovation/method/why-form";
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") WhyForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("tools", tools.changing(user, id));
        form.checkRules(result);
        if (FormSubmission.run(result, model, response, () -> analyses.create(user, id, form.data()))) {
            redirect.addFlashAttribute("flash", "method.why.created");
            return "redirect:/innovation-cases/" + id + "/whys";
        }
        return "innovation/method/why-form";
    }

    @GetMapping("/{analysisId}/edit")
    String editForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long analysisId,
            Model model) {
        model.addAttribute("tools", tools.changing(user, id));
        WhyAnalysis analysis = analyses.get(user, id, analysisId);
        model.addAttribute("analysis", analysis);
        model.addAttribute("form", WhyForm.of(analysis));
        return "innovation/method/why-form";
    }

    @PostMapping("/{analysisId}/edit")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long analysisId,
            @Valid @ModelAttribute("form") WhyForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("tools", tools.changing(user, id));
        model.addAttribute("analysis", analyses.get(user, id, analysisId));
        form.checkRules(result);
        if (FormSubmission.run(
                result, model, response, () -> analyses.update(user, id, analysisId, form.version(), form.data()))) {
            redirect.addFlashAttribute("flash", "method.why.saved");
            return "redirect:/innovation-cases/" + id + "/whys#why-" + analysisId;
        }
        return "innovation/method/why-form";
    }

    @PostMapping("/{analysisId}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long analysisId,
            RedirectAttributes redirect) {
        analyses.delete(user, id, analysisId);
        redirect.addFlashAttribute("flash", "method.why.deleted");
        return "redirect:/innovation-cases/" + id + "/whys";
    }
}
