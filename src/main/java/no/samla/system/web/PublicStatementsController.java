package no.samla.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The statements everyone may read without signing in: the accessibility statement (tilgjengelighetserklæring) that
 * Norwegian regulation requires, and the privacy statement the GDPR asks for.
 */
@Controller
class PublicStatementsController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "system/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "system/privacy";
    }
}
