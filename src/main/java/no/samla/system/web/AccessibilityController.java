package no.samla.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement (tilgjengelighetserklæring) Norwegian regulation requires, open to all. */
@Controller
class AccessibilityController {

    @GetMapping("/accessibility")
    String statement() {
        return "system/accessibility";
    }
}
