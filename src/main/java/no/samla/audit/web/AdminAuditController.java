package no.samla.audit.web;

import no.samla.audit.AuditAction;
import no.samla.audit.AuditLog;
import no.samla.audit.AuditSubject;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's search in the audit log. */
@Controller
@RequestMapping("/admin/audit")
class AdminAuditController {

    private final AuditLog log;

    AdminAuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    String list(
            @ModelAttribute("form") AuditSearchForm form,
            BindingResult result,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (form.from() != null && form.to() != null && form.to().isBefore(form.from())) {
            result.rejectValue("to", "audit.search.toBeforeFrom");
        }
        boolean periodValid = !result.hasFieldErrors("from") && !result.hasFieldErrors("to");
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("subjects", AuditSubject.values());
        model.addAttribute("page", log.search(form.search(periodValid), Pages.of(page, Sort.unsorted())));
        return "audit/admin/list";
    }
}
