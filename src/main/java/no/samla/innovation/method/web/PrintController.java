package no.samla.innovation.method.web;

import no.samla.innovation.method.MethodTools;
import no.samla.people.SamlaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** All method tools of a case on one page made for paper. */
@Controller
class PrintController {

    private final MethodTools tools;

    PrintController(MethodTools tools) {
        this.tools = tools;
    }

    @GetMapping("/innovation-cases/{id}/method-tools/print")
    String print(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        MethodTools.Printout printout = tools.printout(user, id);
        model.addAttribute("tools", printout.tools());
        model.addAttribute("printout", printout);
        return "innovation/method/print";
    }
}
