package no.samla.platform.web;

import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.people.SamlaUser;
import no.samla.platform.Platforms;
import no.samla.system.web.FileNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A platform on one page made for paper, and as a PDF, labelled in the municipality's written language. */
@Controller
class PlatformPrintController {

    private final Platforms platforms;
    private final PlatformTexts texts;
    private final PlatformPdf pdf;
    private final AuditTrail audit;

    PlatformPrintController(Platforms platforms, PlatformTexts texts, PlatformPdf pdf, AuditTrail audit) {
        this.audit = audit;
        this.platforms = platforms;
        this.texts = texts;
        this.pdf = pdf;
    }

    @GetMapping("/platforms/{id}/print")
    String print(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Model model) {
        Platforms.Printout printout = platforms.printout(user, id, version);
        model.addAttribute("printout", printout);
        model.addAttribute("view", printout.view());
        PlatformTexts.In in = texts.in(printout.language());
        model.addAttribute("texts", in);
        model.addAttribute("docTitle", PlatformPdf.title(printout, in));
        model.addAttribute("docStatus", pdf.status(printout, in));
        return "platform/print";
    }

    @GetMapping("/platforms/{id}/pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version) {
        Platforms.Printout printout = platforms.printout(user, id, version);
        PlatformTexts.In in = texts.in(printout.language());
        String name = printout.view().programme().getName()
                + (printout.view().municipalityName() == null
                        ? ""
                        : " " + printout.view().municipalityName());
        audit.exported(
                AuditSubject.PROGRAMME,
                printout.view().programme().getId(),
                "leadership platform " + id + (version == null ? "" : " version " + version) + " (pdf)");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(FileNames.of(in.get("platform.doc.filePrefix"), name, "pdf"))
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf.render(printout, in));
    }
}
