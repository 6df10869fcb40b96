package no.samla.gathering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.samla.gathering.Gathering;
import no.samla.gathering.Gatherings;
import no.samla.gathering.Material;
import no.samla.gathering.MaterialFileType;
import no.samla.gathering.MaterialKind;
import no.samla.gathering.MaterialRefusedException;
import no.samla.gathering.Materials;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A gathering's material, for the programme's managers: add a link, upload a file, delete. A refused link or file
 * saves nothing and gets its message next to the field, with what was typed kept.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/gatherings/{id}/material")
class MaterialController {

    private static final String VIEW = "gathering/material";

    private final Materials materials;
    private final Gatherings gatherings;
    private final ProgrammeAccess access;

    MaterialController(Materials materials, Gatherings gatherings, ProgrammeAccess access) {
        this.materials = materials;
        this.gatherings = gatherings;
        this.access = access;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            Model model) {
        Programme programme = access.manage(user, programmeId);
        model.addAttribute("linkForm", MaterialLinkForm.empty());
        model.addAttribute("fileForm", MaterialFileForm.empty());
        return view(model, programme, gatherings.get(programmeId, id));
    }

    /** Adds a link. */
    @PostMapping
    String addLink(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @Valid @ModelAttribute("linkForm") MaterialLinkForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Gathering gathering = gatherings.get(programmeId, id);
        if (!result.hasErrors()) {
            try {
                materials.addLink(programmeId, id, form.linkKind(), form.linkTitle(), form.url(), user.personId());
                redirect.addFlashAttribute("flash", "material.link.added");
                return "redirect:" + url(programmeId, id);
            } catch (MaterialRefusedException refused) {
                reject(result, "link", refused);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("fileForm", MaterialFileForm.empty());
        return view(model, programme, gathering);
    }

    /** Uploads a file; one over the limit is answered 413, any other refusal 422. */
    @PostMapping("/files")
    String upload(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @Valid @ModelAttribute("fileForm") MaterialFileForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Gathering gathering = gatherings.get(programmeId, id);
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (form == null || !form.hasFile()) {
            result.rejectValue("file", "material.file.missing");
        } else if (form.file().getSize() > materials.maxFileSize().toBytes()) {
            // Checked before the bytes are read into memory.
            result.rejectValue("file", "material.file.tooLarge", new Object[] {maxMegabytes()}, null);
            status = HttpStatus.CONTENT_TOO_LARGE;
        } else if (!result.hasErrors()) {
            try {
                materials.addFile(
                        programmeId,
                        id,
                        form.fileKind(),
                        form.fileTitle(),
                        form.file().getOriginalFilename(),
                        form.file().getBytes(),
                        user.personId());
                redirect.addFlashAttribute("flash", "material.file.added");
                return "redirect:" + url(programmeId, id);
            } catch (MaterialRefusedException refused) {
                reject(result, "file", refused);
            } catch (IOException lost) {
                result.rejectValue("file", "material.file.unreadable");
            }
        }
        response.setStatus(status.value());
        model.addAttribute("linkForm", MaterialLinkForm.empty());
        return view(model, programme, gathering);
    }

    @PostMapping("/{materialId}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @PathVariable long materialId,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        materials.delete(programmeId, id, materialId);
        redirect.addFlashAttribute("flash", "material.deleted");
        return "redirect:" + url(programmeId, id);
    }

    /**
     * A file over even the server's upload limit is never read, nor the fields after it: the message goes next to
     * the file field all the same.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        SamlaUser user = (SamlaUser)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        long programmeId = Long.parseLong(path.get("programmeId"));
        long id = Long.parseLong(path.get("id"));
        Programme programme = access.manage(user, programmeId);
        Gathering gathering = gatherings.get(programmeId, id);
        MaterialFileForm form = MaterialFileForm.empty();
        BindingResult result = new BeanPropertyBindingResult(form, "fileForm");
        result.addError(new FieldError(
                "fileForm",
                "file",
                null,
                false,
                new String[] {"material.file.tooLarge"},
                new Object[] {maxMegabytes()},
                null));
        ModelAndView view = new ModelAndView(VIEW, HttpStatus.CONTENT_TOO_LARGE);
        view.addObject("fileForm", form);
        view.addObject(BindingResult.MODEL_KEY_PREFIX + "fileForm", result);
        view.addObject("linkForm", MaterialLinkForm.empty());
        view.addAllObjects(common(programme, gathering));
        return view;
    }

    private long maxMegabytes() {
        return materials.maxFileSize().toMegabytes();
    }

    /** A refusal from the facade, next to the form's own field. */
    private static void reject(BindingResult result, String form, MaterialRefusedException refused) {
        String field = switch (refused.field()) {
            case "title" -> form + "Title";
            case "url" -> "url";
            default -> "file";
        };
        result.rejectValue(field, refused.messageKey(), refused.arguments(), null);
    }

    private String view(Model model, Programme programme, Gathering gathering) {
        model.addAllAttributes(common(programme, gathering));
        return VIEW;
    }

    private Map<String, Object> common(Programme programme, Gathering gathering) {
        List<Material> all = materials.of(gathering);
        return Map.of(
                "programme", programme,
                "gathering", gathering,
                "before",
                        all.stream()
                                .filter(m -> m.getKind() == MaterialKind.BEFORE)
                                .toList(),
                "after",
                        all.stream()
                                .filter(m -> m.getKind() == MaterialKind.AFTER)
                                .toList(),
                "kinds", MaterialKind.values(),
                "maxMegabytes", maxMegabytes(),
                "extensions", MaterialFileType.EXTENSIONS,
                "allowedTypes", MaterialFileType.allowed());
    }

    private static String url(long programmeId, long gatheringId) {
        return "/programmes/" + programmeId + "/gatherings/" + gatheringId + "/material";
    }
}
