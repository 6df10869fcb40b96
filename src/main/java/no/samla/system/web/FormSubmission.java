package no.samla.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import no.samla.system.FieldConflictException;
import no.samla.system.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Runs a form's save after validation and turns the two ways a valid form can still fail into what the
 * user sees: a uniqueness conflict becomes a message next to its field, and an edit based on a stale
 * version becomes a 409 page that keeps the input and offers to save over the newer version.
 */
public final class FormSubmission {

    private FormSubmission() {}

    public static <T> Optional<T> attempt(
            BindingResult result, Model model, HttpServletResponse response, Supplier<T> save) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (FieldConflictException conflict) {
            result.rejectValue(conflict.field(), conflict.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (StaleEditException stale) {
            model.addAttribute("staleEdit", true);
            model.addAttribute("currentVersion", stale.currentVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (ObjectOptimisticLockingFailureException raced) {
            model.addAttribute("staleEdit", true);
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return Optional.empty();
    }

    public static boolean run(BindingResult result, Model model, HttpServletResponse response, Runnable save) {
        return attempt(result, model, response, () -> {
                    save.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }
}
