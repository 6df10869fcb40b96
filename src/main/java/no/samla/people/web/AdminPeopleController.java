package no.samla.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import no.samla.organisation.Organisations;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.Sector;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
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

/** The admin's list of people, and the form to add or edit a person. */
@Controller
@RequestMapping("/admin/people")
class AdminPeopleController {

    private final People people;
    private final Accounts accounts;
    private final Organisations organisations;

    AdminPeopleController(People people, Accounts accounts, Organisations organisations) {
        this.people = people;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long municipality,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("municipality", municipality);
        model.addAttribute("municipalities", organisations.allMunicipalities());
        model.addAttribute("page", people.search(q, municipality, null, Pages.of(page, Sort.by("fullName"))));
        return "people/admin/people";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        model.addAttribute("form", PersonForm.empty());
        return formView(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long managerId = managerId(form, result);
        return FormSubmission.attempt(result, model, response, () -> people.create(form.toData(), managerId))
                .map(person -> {
                    redirect.addFlashAttribute("flash", "flash.created");
                    return "redirect:/admin/people/" + person.getId();
                })
                .orElseGet(() -> formView(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Person person = people.get(id);
        String managerEmail = person.getManagerPersonId() == null
                ? null
                : people.get(person.getManagerPersonId()).getEmail();
        model.addAttribute("form", PersonForm.of(person, managerEmail));
        return formView(model, person);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Person person = people.get(id);
        Long managerId = managerId(form, result);
        if (FormSubmission.run(
                result, model, response, () -> people.update(id, form.version(), form.toData(), managerId))) {
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/people/" + id;
        }
        return formView(model, person);
    }

    /** The manager is picked by e-mail, which scales to any number of people; unknown e-mails are refused. */
    private Long managerId(PersonForm form, BindingResult result) {
        if (!form.hasManager() || result.hasFieldErrors("managerEmail")) {
            return null;
        }
        Optional<Person> manager = people.findByEmail(form.managerEmail());
        if (manager.isEmpty()) {
            result.rejectValue("managerEmail", "person.manager.unknown");
            return null;
        }
        return manager.get().getId();
    }

    private String formView(Model model, Person person) {
        model.addAttribute("person", person);
        model.addAttribute(
                "manager",
                person == null || person.getManagerPersonId() == null ? null : people.get(person.getManagerPersonId()));
        model.addAttribute(
                "account",
                person == null ? null : accounts.findForPerson(person.getId()).orElse(null));
        model.addAttribute("municipalities", organisations.allMunicipalities());
        model.addAttribute("providers", organisations.allProviders());
        model.addAttribute("sectors", Sector.values());
        return "people/admin/person";
    }
}
