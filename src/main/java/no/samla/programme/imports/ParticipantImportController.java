package no.samla.programme.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.programme.imports.ParticipantImport.Imported;
import no.samla.programme.imports.ParticipantImport.NoLongerValid;
import no.samla.programme.imports.ParticipantImport.Outcome;
import no.samla.system.FieldConflictException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * Importing participants from a file, for the programme's managers: upload, a preview of every row with
 * its problems, confirm, and then the invitation links of the new accounts, shown once. The checked
 * file waits in the session between preview and confirm, one per programme.
 */
@Controller
@RequestMapping("/programmes/{id}/import")
class ParticipantImportController {

    private static final String PREVIEW = ParticipantImportController.class.getName() + ".preview.";
    private static final String RESULT = ParticipantImportController.class.getName() + ".result.";
    private static final String VIEW = "programme/import";

    /** The import's own limit: the server's upload limit is higher, for other uploads. */
    static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(5);

    private final ProgrammeAccess access;
    private final ParticipantImport importer;
    private final MessageSource messages;

    ParticipantImportController(ProgrammeAccess access, ParticipantImport importer, MessageSource messages) {
        this.access = access;
        this.importer = importer;
        this.messages = messages;
    }

    @ModelAttribute("maxMegabytes")
    long maxMegabytes() {
        return MAX_FILE_SIZE.toMegabytes();
    }

    /** The upload form; right after an import, its result (once). */
    @GetMapping
    String form(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model, HttpSession session) {
        Programme programme = access.manage(user, id);
        model.addAttribute("programme", programme);
        ImportResult result = take(session, RESULT + id, ImportResult.class);
        if (result != null) {
            model.addAttribute("result", result);
            return "programme/import-result";
        }
        model.addAttribute("form", ImportForm.empty());
        // After a confirm that found the file no longer valid: the new check, with what changed.
        if (Boolean.TRUE.equals(model.getAttribute("changedSinceCheck"))
                && session.getAttribute(PREVIEW + id) instanceof ImportPreview preview) {
            model.addAttribute("preview", preview);
        }
        return VIEW;
    }

    /** Reads and checks the file and shows the preview; nothing is saved. */
    @PostMapping
    String preview(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @ModelAttribute("form") ImportForm form,
            BindingResult result,
            Model model,
            HttpSession session,
            HttpServletResponse response,
            Locale locale) {
        Programme programme = access.manage(user, id);
        model.addAttribute("programme", programme);
        if (form == null || !form.hasFile()) {
            result.rejectValue("file", "import.file.missing");
        } else if (form.file().getSize() > MAX_FILE_SIZE.toBytes()) {
            result.rejectValue("file", "import.file.tooLarge", new Object[] {maxMegabytes()}, null);
            session.removeAttribute(PREVIEW + id);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return VIEW;
        } else {
            try {
                String fileName = form.file().getOriginalFilename();
                List<ImportRow> rows =
                        ParticipantFile.read(fileName, form.file().getBytes());
                ImportPreview preview = importer.check(id, fileName, rows);
                session.setAttribute(PREVIEW + id, preview);
                model.addAttribute("preview", preview);
                return VIEW;
            } catch (ImportFileException unreadable) {
                result.rejectValue("file", unreadable.messageKey(), new Object[] {argument(unreadable, locale)}, null);
            } catch (IOException lost) {
                result.rejectValue("file", "import.file.unreadable");
            }
        }
        session.removeAttribute(PREVIEW + id);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return VIEW;
    }

    /** Imports the previewed file: all rows in one transaction, or none. */
    @PostMapping("/confirm")
    String confirm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String previewId,
            HttpSession session,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        access.manage(user, id);
        // Taken out of the session before importing, so that a double click imports once. Sessions live in the
        // database, so two requests (on one instance or two) may each hold their own copy of the preview: then the
        // unique indexes on people's e-mail and current participations refuse the second import, which shows the
        // check again (below).
        ImportPreview preview;
        synchronized (WebUtils.getSessionMutex(session)) {
            preview = (ImportPreview) session.getAttribute(PREVIEW + id);
            if (preview == null || !preview.id().equals(previewId)) {
                preview = null;
            } else {
                session.removeAttribute(PREVIEW + id);
            }
        }
        if (preview == null) {
            redirect.addFlashAttribute("flashError", "import.confirm.expired");
            return "redirect:/programmes/" + id + "/import";
        }
        ImportPreview current;
        try {
            Outcome outcome = importer.confirm(id, preview);
            if (outcome instanceof Imported imported) {
                session.setAttribute(
                        RESULT + id,
                        imported.result()
                                .withUrls(token -> ServletUriComponentsBuilder.fromContextPath(request)
                                        .path("/invitation/{token}")
                                        .buildAndExpand(token)
                                        .toUriString()));
                return "redirect:/programmes/" + id + "/import";
            }
            current = ((NoLongerValid) outcome).preview();
        } catch (FieldConflictException | DataIntegrityViolationException changedMeanwhile) {
            // Someone changed the same people or leader groups at the same moment; nothing was saved.
            current = importer.check(
                    id,
                    preview.fileName(),
                    preview.rows().stream().map(ImportPreview.CheckedRow::row).toList());
        } catch (RuntimeException failed) {
            // Nothing was saved: the preview stays, so that the same file can be confirmed again.
            session.setAttribute(PREVIEW + id, preview);
            throw failed;
        }
        session.setAttribute(PREVIEW + id, current);
        redirect.addFlashAttribute("changedSinceCheck", true);
        return "redirect:/programmes/" + id + "/import";
    }

    /** A file over the limit never reaches the form: the message goes next to the file field all the same. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        SamlaUser user = (SamlaUser)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        Programme programme = access.manage(user, Long.parseLong(path.get("id")));
        ImportForm form = ImportForm.empty();
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        result.addError(new FieldError(
                "form",
                "file",
                null,
                false,
                new String[] {"import.file.tooLarge"},
                new Object[] {maxMegabytes()},
                null));
        ModelAndView view = new ModelAndView(VIEW, HttpStatus.CONTENT_TOO_LARGE);
        view.addObject("programme", programme);
        view.addObject("form", form);
        view.addObject("maxMegabytes", maxMegabytes());
        view.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return view;
    }

    private Object argument(ImportFileException problem, Locale locale) {
        if (problem.argument() instanceof List<?> columns) {
            return columns.stream()
                    .map(column -> messages.getMessage(((Column) column).messageKey(), null, locale))
                    .collect(Collectors.joining(", "));
        }
        return problem.argument();
    }

    private static <T> T take(HttpSession session, String key, Class<T> type) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Object value = session.getAttribute(key);
            session.removeAttribute(key);
            return type.isInstance(value) ? type.cast(value) : null;
        }
    }
}
