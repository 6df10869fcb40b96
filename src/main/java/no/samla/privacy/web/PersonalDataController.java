package no.samla.privacy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.SamlaUser;
import no.samla.privacy.PersonalDataRequests;
import no.samla.system.FieldRefusedException;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.web.Downloads;
import no.samla.system.web.FileNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own data, for everyone signed in: the export as JSON and PDF, written to the audit log. And the admin's
 * erasure of a person after a preview. The admin never downloads someone's export: it holds what they wrote privately,
 * which no page shows an admin; someone who cannot sign in is given an invitation and takes it themselves, which also
 * proves who is asking.
 */
@Controller
class PersonalDataController {

    private final PersonalDataRequests requests;
    private final PersonalDataFiles files;
    private final People people;
    private final Accounts accounts;
    private final AuditTrail audit;

    PersonalDataController(
            PersonalDataRequests requests,
            PersonalDataFiles files,
            People people,
            Accounts accounts,
            AuditTrail audit) {
        this.requests = requests;
        this.files = files;
        this.people = people;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/account/my-data")
    String mine(@AuthenticationPrincipal SamlaUser user, Model model) {
        model.addAttribute("export", requests.export(user.personId()));
        return "privacy/my-data";
    }

    @GetMapping("/account/my-data/export.json")
    ResponseEntity<byte[]> myJson(@AuthenticationPrincipal SamlaUser user) {
        return json(user.personId());
    }

    @GetMapping("/account/my-data/export.pdf")
    ResponseEntity<byte[]> myPdf(@AuthenticationPrincipal SamlaUser user) {
        return pdf(user.personId());
    }

    @GetMapping("/admin/people/{id}/personal-data")
    String forAdmin(@PathVariable long id, Model model) {
        model.addAttribute("form", new EraseForm(""));
        return adminView(id, model);
    }

    @PostMapping("/admin/people/{id}/personal-data/erase")
    String erase(
            @PathVariable long id,
            @AuthenticationPrincipal SamlaUser user,
            @ModelAttribute("form") EraseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            requests.erase(id, form.confirmName(), user.personId());
        } catch (FieldRefusedException refused) {
            result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return adminView(id, model);
        }
        redirect.addFlashAttribute("flash", "personaldata.erase.done");
        return "redirect:/admin/people/" + id + "/personal-data";
    }

    private String adminView(long id, Model model) {
        model.addAttribute("person", people.get(id));
        model.addAttribute("lines", requests.preview(id));
        model.addAttribute("account", accounts.findForPerson(id).orElse(null));
        return "privacy/admin/personal-data";
    }

    private ResponseEntity<byte[]> json(long personId) {
        Person person = people.get(personId);
        PersonalDataExport export = requests.export(personId);
        audit.exported(AuditSubject.PERSON, personId, "personal data (json)");
        return Downloads.attachment(files.json(person, export), MediaType.APPLICATION_JSON, fileName(person, "json"));
    }

    private ResponseEntity<byte[]> pdf(long personId) {
        Person person = people.get(personId);
        PersonalDataExport export = requests.export(personId);
        Locale locale = LocaleContextHolder.getLocale();
        audit.exported(AuditSubject.PERSON, personId, "personal data (pdf)");
        return Downloads.attachment(
                files.pdf(person, export, locale), MediaType.APPLICATION_PDF, fileName(person, "pdf"));
    }

    private static String fileName(Person person, String extension) {
        return FileNames.of("personal-data", person.getFullName(), extension);
    }

    /** The erasure's confirmation: the person's full name, typed. */
    record EraseForm(String confirmName) {}
}
