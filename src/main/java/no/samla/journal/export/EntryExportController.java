package no.samla.journal.export;

import java.util.Locale;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.people.SamlaUser;
import no.samla.system.web.Downloads;
import no.samla.system.web.FileNames;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A leader downloads their own development project and log entries from a programme, as a PDF or a Word document,
 * to keep after the programme. Only programmes they take part in as a participant; any other is "not found".
 */
@Controller
class EntryExportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final EntryExports exports;
    private final EntryExportPdf pdf;
    private final EntryExportDocx docx;
    private final MessageSource messages;
    private final AuditTrail audit;

    EntryExportController(
            EntryExports exports, EntryExportPdf pdf, EntryExportDocx docx, MessageSource messages, AuditTrail audit) {
        this.audit = audit;
        this.exports = exports;
        this.pdf = pdf;
        this.docx = docx;
        this.messages = messages;
    }

    @GetMapping("/journal-export")
    String page(@AuthenticationPrincipal SamlaUser user, Model model) {
        model.addAttribute("programmes", exports.programmesOf(user.personId()));
        return "journal/entry-export";
    }

    @GetMapping("/journal-export/{programmeId}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Locale locale) {
        EntryExport export = exports.export(user.personId(), user.fullName(), programmeId);
        ResponseEntity<byte[]> file = Downloads.attachment(
                pdf.render(export, locale), MediaType.APPLICATION_PDF, fileName(export, locale, "pdf"));
        recordOwnEntries(programmeId, "pdf");
        return file;
    }

    @GetMapping("/journal-export/{programmeId}.docx")
    ResponseEntity<byte[]> docx(
            @AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Locale locale) {
        EntryExport export = exports.export(user.personId(), user.fullName(), programmeId);
        ResponseEntity<byte[]> file =
                Downloads.attachment(docx.render(export, locale), DOCX, fileName(export, locale, "docx"));
        recordOwnEntries(programmeId, "docx");
        return file;
    }

    /** That the leader took out their own entries, and in which format: never which entries or what they say. */
    private void recordOwnEntries(long programmeId, String format) {
        audit.exported(AuditSubject.PROGRAMME, programmeId, "own log entries (" + format + ")");
    }

    private String fileName(EntryExport export, Locale locale, String extension) {
        return FileNames.of(
                messages.getMessage("entryExport.filePrefix", null, locale), export.programmeName(), extension);
    }
}
