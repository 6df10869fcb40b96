package no.samla.report.web;

import java.util.Locale;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.report.ReportAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The programme evaluation report as a page and as a PDF: for the whole programme (its coordinators and the admin) and
 * for one enrolled municipality (also that municipality's admin). ReportAccess answers "not found" to everyone else.
 */
@Controller
class ReportController {

    private final ReportAccess access;
    private final ReportBuilder builder;
    private final ReportPdf pdf;
    private final AuditTrail audit;

    ReportController(ReportAccess access, ReportBuilder builder, ReportPdf pdf, AuditTrail audit) {
        this.audit = audit;
        this.access = access;
        this.builder = builder;
        this.pdf = pdf;
    }

    @GetMapping("/programmes/{id}/report")
    String programme(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Locale locale, Model model) {
        Programme programme = access.wholeProgramme(user, id);
        return page(model, builder.build(programme, null, locale));
    }

    @GetMapping("/programmes/{id}/report.pdf")
    ResponseEntity<byte[]> programmePdf(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Locale locale) {
        Programme programme = access.wholeProgramme(user, id);
        ResponseEntity<byte[]> file = download(builder.build(programme, null, locale), locale);
        audit.exported(AuditSubject.PROGRAMME, id, "evaluation report (pdf)");
        return file;
    }

    @GetMapping("/programmes/{id}/report/municipalities/{municipalityId}")
    String municipality(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long municipalityId,
            Locale locale,
            Model model) {
        Programme programme = access.municipality(user, id, municipalityId);
        return page(model, builder.build(programme, municipalityId, locale));
    }

    @GetMapping("/programmes/{id}/report/municipalities/{municipalityId}.pdf")
    ResponseEntity<byte[]> municipalityPdf(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long municipalityId,
            Locale locale) {
        Programme programme = access.municipality(user, id, municipalityId);
        ResponseEntity<byte[]> file = download(builder.build(programme, municipalityId, locale), locale);
        audit.exported(AuditSubject.PROGRAMME, id, "evaluation report of municipality " + municipalityId + " (pdf)");
        return file;
    }

    private static String page(Model model, Report report) {
        model.addAttribute("programme", report.programme());
        model.addAttribute("report", report);
        return "report/report";
    }

    private ResponseEntity<byte[]> download(Report report, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(pdf.fileName(report, locale))
                                .build()
                                .toString())
                .body(pdf.render(report, locale));
    }
}
