package no.samla.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.organisation.Organisations;
import no.samla.people.SamlaUser;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.Enrolments;
import no.samla.programme.GatheringSchedule;
import no.samla.programme.GatheringSchedule.ScheduledGathering;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.programme.Programmes;
import no.samla.programme.Quotes;
import no.samla.programme.Rates;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Money;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The price tab: the quote for everyone who may see the programme, as a page and as a PDF, and the
 * rates form for those who may change it.
 */
@Controller
class QuoteController {

    private final ProgrammeAccess access;
    private final Programmes programmes;
    private final Quotes quotes;
    private final GatheringSchedule gatherings;
    private final Enrolments enrolments;
    private final Organisations organisations;
    private final QuotePdf pdf;
    private final Money money;
    private final Clock clock;
    private final AuditTrail audit;

    QuoteController(
            ProgrammeAccess access,
            Programmes programmes,
            Quotes quotes,
            GatheringSchedule gatherings,
            Enrolments enrolments,
            Organisations organisations,
            QuotePdf pdf,
            Money money,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.access = access;
        this.programmes = programmes;
        this.quotes = quotes;
        this.gatherings = gatherings;
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.pdf = pdf;
        this.money = money;
        this.clock = clock;
    }

    @GetMapping("/programmes/{id}/price")
    String price(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        Programme programme = access.view(user, id);
        boolean mayManage = access.canManage(user, programme);
        if (mayManage) {
            model.addAttribute("form", RatesForm.of(programme, money));
        }
        return page(model, programme, mayManage);
    }

    @PostMapping("/programmes/{id}/rates")
    String saveRates(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") RatesForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, id);
        // A form that could not be built (a version that is no number) has its errors in the result already.
        Rates rates = form == null ? null : form.toRates(result, money);
        if (FormSubmission.run(result, model, response, () -> programmes.updateRates(id, form.version(), rates))) {
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/programmes/" + id + "/price";
        }
        return page(model, programme, true);
    }

    @GetMapping("/programmes/{id}/price.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Locale locale) {
        Programme programme = access.view(user, id);
        List<ScheduledGathering> scheduled = gatherings.gatheringsOf(id);
        QuotePdf.Content content = new QuotePdf.Content(
                programme,
                organisations
                        .findProvider(programme.getProviderOrganisationId())
                        .orElse(null),
                enrolments.municipalities(id, null).stream()
                        .map(EnrolledMunicipality::name)
                        .toList(),
                scheduled,
                quotes.quote(programme, scheduled),
                LocalDate.now(clock));
        audit.exported(AuditSubject.PROGRAMME, id, "quote (pdf)");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(pdf.fileName(programme, locale))
                                .build()
                                .toString())
                .body(pdf.render(content, locale));
    }

    private String page(Model model, Programme programme, boolean mayManage) {
        model.addAttribute("programme", programme);
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("quote", quotes.quote(programme));
        return "programme/price";
    }
}
