package no.samla.calendar.web;

import no.samla.calendar.CalendarDocuments;
import no.samla.calendar.CalendarFeeds;
import no.samla.people.SamlaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own calendar feed: make it, see how to subscribe, replace or stop it. */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    private final CalendarFeeds feeds;
    private final CalendarDocuments documents;

    CalendarController(CalendarFeeds feeds, CalendarDocuments documents) {
        this.feeds = feeds;
        this.documents = documents;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SamlaUser user, Model model) {
        model.addAttribute("feed", feeds.of(user.personId()).orElse(null));
        model.addAttribute("hasEvents", feeds.hasEvents(user.personId()));
        return "calendar/calendar";
    }

    /** Makes the feed, or a new address for it; the address is shown once, on the page this redirects to. */
    @PostMapping("/token")
    String create(@AuthenticationPrincipal SamlaUser user, RedirectAttributes redirect) {
        String token = feeds.create(user.personId());
        redirect.addFlashAttribute("feedUrl", feedUrl(token));
        redirect.addFlashAttribute("flash", "calendar.feed.created");
        return "redirect:/calendar";
    }

    @PostMapping("/token/delete")
    String revoke(@AuthenticationPrincipal SamlaUser user, RedirectAttributes redirect) {
        feeds.revoke(user.personId());
        redirect.addFlashAttribute("flash", "calendar.feed.revoked");
        return "redirect:/calendar";
    }

    private String feedUrl(String token) {
        return documents.baseUrl() + "/calendar/feed/" + token + ".ics";
    }
}
