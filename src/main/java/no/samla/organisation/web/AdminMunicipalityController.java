package no.samla.organisation.web;

import no.samla.organisation.Organisations;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register of municipalities and counties, searchable by name, number or county. */
@Controller
class AdminMunicipalityController {

    private final Organisations organisations;

    AdminMunicipalityController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/admin/municipalities")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", organisations.searchMunicipalities(q, Pages.of(page, Sort.by("number"))));
        return "organisation/municipalities";
    }
}
