package no.samla.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Every error is shown by one page in the layout, with a text chosen by its status and no details. */
@Component
class ErrorPages implements ErrorViewResolver {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 429, 500);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        int code = status.value();
        int key = EXPLAINED.contains(code) ? code : status.is4xxClientError() ? 400 : 500;
        Map<String, Object> errorModel = new HashMap<>();
        errorModel.put("status", code);
        errorModel.put("errorKey", key);
        return new ModelAndView("error", errorModel, status);
    }
}
