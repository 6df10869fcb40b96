package no.samla.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout needs on every page, error pages included. */
@ControllerAdvice
class LayoutModel {

    /** The current address without its language parameter, for the footer's language links. */
    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        String path = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (path != null) {
            return path.substring(request.getContextPath().length());
        }
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang")
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "")
                .substring(request.getContextPath().length());
    }

    /** The page language as an HTML lang value: nb, nn or en. */
    @ModelAttribute("pageLanguage")
    String pageLanguage(Locale locale) {
        String language = locale.getLanguage();
        return switch (language) {
            case "nn", "en" -> language;
            default -> "nb";
        };
    }
}
