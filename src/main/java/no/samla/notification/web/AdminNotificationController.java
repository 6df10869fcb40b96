package no.samla.notification.web;

import java.util.Optional;
import no.samla.notification.NotificationStatus;
import no.samla.notification.Outbox;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox for the admin: what was sent, what waits, and what would have been sent without a mail server. */
@Controller
@RequestMapping("/admin/notifications")
class AdminNotificationController {

    private final Outbox outbox;

    AdminNotificationController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) NotificationStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("page", outbox.page(Optional.ofNullable(status), Pages.of(page, Sort.unsorted())));
        return "notification/admin/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("notification", outbox.get(id));
        return "notification/admin/show";
    }
}
