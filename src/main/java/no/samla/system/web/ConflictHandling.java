package no.samla.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two people changing the same thing at once is a conflict, not a server fault: where a form does not
 * handle it itself, the user gets the 409 page.
 */
@ControllerAdvice
class ConflictHandling {

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }
}
