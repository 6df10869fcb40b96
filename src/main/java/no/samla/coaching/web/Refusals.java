package no.samla.coaching.web;

import no.samla.coaching.CoachingRefusedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Carries a refusal's message and arguments to the page shown after the redirect. */
final class Refusals {

    private Refusals() {}

    static void flash(RedirectAttributes redirect, CoachingRefusedException refused) {
        redirect.addFlashAttribute("refusalKey", refused.messageKey());
        redirect.addFlashAttribute("refusalArgs", refused.arguments());
    }
}
