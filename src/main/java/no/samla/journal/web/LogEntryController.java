package no.samla.journal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import no.samla.coaching.LeaderProgramme;
import no.samla.coaching.LeadershipBehaviour;
import no.samla.gathering.MaterialFileType;
import no.samla.journal.AttachmentFile;
import no.samla.journal.LogEntries;
import no.samla.journal.LogEntry;
import no.samla.journal.LogEntryDraft;
import no.samla.journal.LogEntryRefusedException;
import no.samla.journal.LogEntryText;
import no.samla.people.SamlaUser;
import no.samla.system.web.FormSubmission;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A leader's log entries: the list, writing and editing (with autosaved drafts), versions, attachments and comments;
 * and the entries others share with the signed-in person. Who may see which entry is decided by {@link LogEntries}.
 */
@Controller
class LogEntryController {

    static final int PAGE_SIZE = 20;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final LogEntries entries;

    LogEntryController(LogEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/journal")
    String mine(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<LeaderProgramme> programmes = entries.programmesOf(user.personId());
        Long filter =
                programme != null && programmes.stream().anyMatch(p -> p.programmeId() == programme) ? programme : null;
        model.addAttribute("programmes", programmes);
        model.addAttribute("programme", filter);
        model.addAttribute("page", entries.mine(user.personId(), filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("url", filter == null ? "/journal" : "/journal?programme=" + filter);
        return "journal/list";
    }

    @GetMapping("/journal/new")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam(required = false) Long programme,
            @RequestParam(required = false) Long assignment,
            Model model) {
        List<LeaderProgramme> programmes = entries.programmesOf(user.personId());
        if (programme == null && programmes.size() != 1) {
            model.addAttribute("programmes", programmes);
            return "journal/choose";
        }
        LeaderProgramme chosen = entries.programmeOf(
                user.personId(), programme == null ? programmes.get(0).programmeId() : programme);
        LogEntryForm form = LogEntryForm.blank(entries.today(), assignment);
        Optional<LogEntryDraft> draft = entries.draft(user.personId(), chosen.programmeId(), null);
        if (draft.isPresent()) {
            form = form.withDraft(draft.get());
            model.addAttribute("draftRestored", draft.get().updatedAt());
        }
        model.addAttribute("logEntryForm", form);
        return formView(user, model, chosen, null);
    }

    @PostMapping("/journal/new")
    String write(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam long programmeId,
            @Valid @ModelAttribute("logEntryForm") LogEntryForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LeaderProgramme programme = entries.programmeOf(user.personId(), programmeId);
        Optional<Long> saved = save(
                result,
                model,
                response,
                () -> entries.write(user.personId(), programmeId, form.data(), attachment(form.attachment())));
        if (saved.isPresent()) {
            redirect.addFlashAttribute("flash", "journal.entry.saved");
            redirect.addFlashAttribute("draftSaved", draftKey(programmeId, null));
            return "redirect:/journal/" + saved.get();
        }
        return formView(user, model, programme, null);
    }

    @GetMapping("/journal/{id}")
    String read(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        LogEntry entry = entries.own(user.personId(), id);
        model.addAttribute("history", entries.history(user.personId(), id));
        return readView(user, model, entry);
    }

    @GetMapping("/journal/{id}/edit")
    String edit(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        LogEntry entry = entries.own(user.personId(), id);
        LogEntryForm form = LogEntryForm.of(entry);
        Optional<LogEntryDraft> draft = entries.draft(user.personId(), entry.programmeId(), id);
        if (draft.isPresent()) {
            form = form.withDraft(draft.get());
            model.addAttribute("draftRestored", draft.get().updatedAt());
        }
        model.addAttribute("logEntryForm", form);
        return formView(user, model, entries.programmeOf(user.personId(), entry.programmeId()), entry);
    }

    @PostMapping("/journal/{id}/edit")
    String update(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("logEntryForm") LogEntryForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LogEntry entry = entries.own(user.personId(), id);
        Optional<Integer> saved = save(
                result,
                model,
                response,
                () -> entries.edit(
                        user.personId(), id, form.version().intValue(), form.data(), attachment(form.attachment())));
        if (saved.isPresent()) {
            redirect.addFlashAttribute("flash", "journal.entry.saved");
            redirect.addFlashAttribute("draftSaved", draftKey(entry.programmeId(), id));
            return "redirect:/journal/" + id;
        }
        return formView(user, model, entries.programmeOf(user.personId(), entry.programmeId()), entry);
    }

    @GetMapping("/journal/{id}/versions/{number}")
    String version(
            @AuthenticationPrincipal SamlaUser user, @PathVariable long id, @PathVariable int number, Model model) {
        LogEntry entry = entries.own(user.personId(), id);
        model.addAttribute("version", entries.version(user.personId(), id, number));
        model.addAttribute("entry", entry);
        model.addAttribute("history", entries.history(user.personId(), id));
        return "journal/version";
    }

    @GetMapping("/journal/shared")
    String shared(@AuthenticationPrincipal SamlaUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", entries.sharedWith(user.personId(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "journal/shared";
    }

    @GetMapping("/journal/shared/{id}")
    String readShared(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        LogEntry entry = entries.readable(user.personId(), id);
        model.addAttribute("history", List.of());
        return readView(user, model, entry);
    }

    @PostMapping("/journal/{id}/comments")
    String comment(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LogEntry entry = entries.readable(user.personId(), id);
        String back = entry.owner(user.personId()) ? "/journal/" + id : "/journal/shared/" + id;
        try {
            entries.comment(user.personId(), id, text);
        } catch (LogEntryRefusedException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("commentError", refused.messageKey());
            model.addAttribute("commentErrorArguments", refused.arguments());
            model.addAttribute("commentText", LogEntryText.clean(text));
            model.addAttribute(
                    "history", entry.owner(user.personId()) ? entries.history(user.personId(), id) : List.of());
            return readView(user, model, entry);
        }
        redirect.addFlashAttribute("flash", "journal.comment.saved");
        return "redirect:" + back;
    }

    @GetMapping("/journal/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal SamlaUser user, @PathVariable long id, @PathVariable long attachmentId) {
        AttachmentFile file = entries.attachment(user.personId(), id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The autosave of a new entry's or an edit's form: keeps what is typed and answers with the time it was kept. */
    @PostMapping("/journal/drafts")
    String saveDraft(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam long programmeId,
            @RequestParam(required = false) Long entryId,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) Long assignmentId,
            @RequestParam(required = false) String did,
            @RequestParam(required = false) String happened,
            @RequestParam(required = false) String learned,
            @RequestParam(required = false) String nextStep,
            Model model,
            HttpServletResponse response) {
        LogEntryText text = new LogEntryText(
                LogEntryText.clean(did),
                LogEntryText.clean(happened),
                LogEntryText.clean(learned),
                LogEntryText.clean(nextStep));
        if (List.of(text.did(), text.happened(), text.learned(), text.nextStep()).stream()
                .anyMatch(part -> part.length() > LogEntryText.MAX)) {
            // Checked after access: a stranger's draft is "not found" whatever it holds.
            if (entryId == null) {
                entries.programmeOf(user.personId(), programmeId);
            } else {
                entries.own(user.personId(), entryId);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("draftError", true);
            return "journal/parts :: draftStatus";
        }
        Instant saved = entries.saveDraft(user.personId(), programmeId, entryId, parse(date), assignmentId, text);
        model.addAttribute(
                "draftSavedAt", LocalTime.ofInstant(saved, OSLO).format(DateTimeFormatter.ofPattern("HH:mm")));
        return "journal/parts :: draftStatus";
    }

    private static LocalDate parse(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    private static <T> Optional<T> save(
            BindingResult result, Model model, HttpServletResponse response, java.util.function.Supplier<T> save) {
        try {
            return FormSubmission.attempt(result, model, response, save);
        } catch (LogEntryRefusedException refused) {
            result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return Optional.empty();
        }
    }

    private static LogEntries.NewAttachment attachment(MultipartFile file) {
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            return null;
        }
        try {
            return new LogEntries.NewAttachment(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String draftKey(long programmeId, Long entryId) {
        return entryId == null ? "journal-new-" + programmeId : "journal-edit-" + entryId;
    }

    private String formView(SamlaUser user, Model model, LeaderProgramme programme, LogEntry entry) {
        long person = user.personId();
        model.addAttribute("programme", programme);
        model.addAttribute("entry", entry);
        model.addAttribute("programmeCount", entries.programmesOf(person).size());
        model.addAttribute(
                "assignments",
                entries.assignmentChoices(
                        person, programme.programmeId(), entry == null ? null : entry.assignmentId()));
        model.addAttribute("meetings", entries.meetingChoices(person, programme.programmeId()));
        model.addAttribute("innovationCases", entries.caseChoices(person));
        model.addAttribute("hasProject", entries.hasDevelopmentProject(person, programme.programmeId()));
        model.addAttribute("behaviours", LeadershipBehaviour.values());
        model.addAttribute("draftKey", draftKey(programme.programmeId(), entry == null ? null : entry.id()));
        model.addAttribute("maxLength", LogEntryText.MAX);
        model.addAttribute("acceptedTypes", MaterialFileType.EXTENSIONS);
        model.addAttribute("maxMegabytes", LogEntries.MAX_ATTACHMENT_BYTES / 1024 / 1024);
        return "journal/form";
    }

    private String readView(SamlaUser user, Model model, LogEntry entry) {
        model.addAttribute("entry", entry);
        model.addAttribute("own", entry.owner(user.personId()));
        model.addAttribute("comments", entries.comments(entry.id()));
        model.addAttribute("mayComment", entries.mayComment(user.personId(), entry.id()));
        model.addAttribute("commentMax", LogEntries.COMMENT_MAX);
        return "journal/read";
    }
}
