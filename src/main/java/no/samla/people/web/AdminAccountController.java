package no.samla.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import no.samla.organisation.Organisations;
import no.samla.people.Account;
import no.samla.people.Accounts;
import no.samla.people.NewPassword;
import no.samla.people.People;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.people.SignedInSessions;
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

/** The admin's accounts: create one for a person, set roles, disable, unlock, reset the password. */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountController {

    private final Accounts accounts;
    private final People people;
    private final Organisations organisations;
    private final SignedInSessions sessions;

    AdminAccountController(Accounts accounts, People people, Organisations organisations, SignedInSessions sessions) {
        this.accounts = accounts;
        this.people = people;
        this.organisations = organisations;
        this.sessions = sessions;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("page", accounts.search(q, role, Pages.of(page, Sort.by("email"))));
        return "people/admin/accounts";
    }

    @GetMapping("/new")
    String newAccount(@RequestParam("person") long personId, Model model) {
        people.get(personId);
        if (accounts.findForPerson(personId).isPresent()) {
            return "redirect:/admin/accounts/"
                    + accounts.findForPerson(personId).get().getId();
        }
        model.addAttribute("form", AccountForm.forPerson(personId));
        return newView(model, personId);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // A form that could not be built (a value of the wrong type) has its errors in the result already.
        Long personId = form == null ? null : form.personId();
        if (form != null && personId == null) {
            result.rejectValue("personId", "NotNull");
        } else if (personId != null) {
            people.get(personId);
        }
        rejectMissingMunicipality(form, result);
        return FormSubmission.attempt(result, model, response, () -> accounts.create(personId, form.grants()))
                .map(password -> showPasswordOnce(password, "account.created", redirect))
                .orElseGet(() -> newView(model, personId));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("form", AccountForm.of(account));
        return detailView(model, account);
    }

    @PostMapping("/{id}/roles")
    String updateRoles(
            @PathVariable long id,
            @AuthenticationPrincipal SamlaUser admin,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Account account = accounts.get(id);
        rejectMissingMunicipality(form, result);
        if (form != null
                && id == admin.accountId()
                && form.roles() != null
                && !form.roles().contains(Role.ADMIN)) {
            result.rejectValue("roles", "account.roles.ownAdmin");
        }
        if (FormSubmission.run(
                result, model, response, () -> accounts.updateRoles(id, form.version(), form.grants()))) {
            // The roles are read at sign-in: the person signs in again to get the new ones.
            endSessions(account, request);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/accounts/" + id;
        }
        return detailView(model, account);
    }

    @PostMapping("/{id}/disable")
    String disable(
            @PathVariable long id,
            @AuthenticationPrincipal SamlaUser admin,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Account account = accounts.get(id);
        if (id == admin.accountId()) {
            redirect.addFlashAttribute("flashError", "account.disable.self");
        } else {
            accounts.setEnabled(id, false);
            endSessions(account, request);
            redirect.addFlashAttribute("flash", "account.disabled");
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(id, true);
        redirect.addFlashAttribute("flash", "account.enabled");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flash", "account.unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        NewPassword password = accounts.resetPassword(id);
        endSessions(accounts.get(id), request);
        return showPasswordOnce(password, "account.passwordReset", redirect);
    }

    /** Ends the account's sessions on every instance; an admin who changed their own account keeps this one. */
    private void endSessions(Account account, HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        sessions.endAll(account.getEmail(), current == null ? null : current.getId());
    }

    /** The one-time password travels in a flash attribute: shown on the next page, then gone. */
    private static String showPasswordOnce(NewPassword password, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messageKey);
        redirect.addFlashAttribute("oneTimePassword", password.oneTimePassword());
        return "redirect:/admin/accounts/" + password.accountId();
    }

    private static void rejectMissingMunicipality(AccountForm form, BindingResult result) {
        if (form != null && form.municipalityMissing()) {
            result.rejectValue("municipalityId", "account.role.municipalityRequired");
        }
    }

    private String newView(Model model, Long personId) {
        model.addAttribute("person", personId == null ? null : people.get(personId));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("municipalities", organisations.allMunicipalities());
        return "people/admin/account-new";
    }

    private String detailView(Model model, Account account) {
        model.addAttribute("account", account);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("municipalities", organisations.allMunicipalities());
        return "people/admin/account";
    }
}
