package no.samla.notification.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.samla.notification.MailLanguage;
import no.samla.notification.NotificationKind;
import no.samla.notification.NotificationPreference;
import no.samla.notification.NotificationPreferences;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each signed-in person's choice of reminders and mail language. */
@Controller
@RequestMapping("/account/notifications")
class NotificationPreferencesController {

    private final NotificationPreferences preferences;

    NotificationPreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SamlaUser user, Model model) {
        model.addAttribute("preference", preferences.of(user.personId()));
        model.addAttribute("kinds", offered(user));
        model.addAttribute("languages", MailLanguage.values());
        return "notification/preferences";
    }

    /**
     * Unknown kinds or languages cannot come from the form's checkboxes and radio buttons; they are left out
     * (a kind) or keep the language as it was, so nothing half-understood is saved.
     */
    @PostMapping
    String save(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(required = false) String language,
            RedirectAttributes redirect) {
        NotificationPreference current = preferences.of(user.personId());
        Set<NotificationKind> enabled = EnumSet.noneOf(NotificationKind.class);
        List<NotificationKind> offered = offered(user);
        for (NotificationKind kind : NotificationKind.values()) {
            // A kind the page does not offer keeps its setting, so it is right if the person's roles change.
            boolean wanted =
                    offered.contains(kind) ? kinds != null && kinds.contains(kind.name()) : current.wants(kind);
            if (wanted) {
                enabled.add(kind);
            }
        }
        MailLanguage chosen = current.language();
        for (MailLanguage candidate : MailLanguage.values()) {
            if (candidate.name().equals(language)) {
                chosen = candidate;
            }
        }
        preferences.save(user.personId(), chosen, enabled);
        redirect.addFlashAttribute("flash", "notification.preferences.saved");
        return "redirect:/account/notifications";
    }

    /** The kinds that can reach this person and can be turned off: the weekly digest goes to coordinators only. */
    private static List<NotificationKind> offered(SamlaUser user) {
        return Arrays.stream(NotificationKind.values())
                .filter(NotificationKind::optional)
                .filter(kind -> kind != NotificationKind.COORDINATOR_DIGEST || user.hasRole(Role.COORDINATOR))
                .toList();
    }
}
