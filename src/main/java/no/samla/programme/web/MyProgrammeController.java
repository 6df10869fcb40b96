package no.samla.programme.web;

import no.samla.people.SamlaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A leader's own page of one of their programmes; the start page shows their current one the same way. */
@Controller
class MyProgrammeController {

    private final MyProgramme myProgramme;

    MyProgrammeController(MyProgramme myProgramme) {
        this.myProgramme = myProgramme;
    }

    @GetMapping("/my-programme/{programmeId}")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        model.addAttribute("view", myProgramme.of(user, programmeId));
        return "programme/my-programme";
    }
}
