package no.samla.privacy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samla.privacy.RetentionRules;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's retention rules: per kind of data, how many months after its programme ended it is kept, and whether
 * the rule runs; with how many records each would clear tonight, and a button to run them now.
 */
@Controller
@RequestMapping("/admin/retention")
class RetentionController {

    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 600;

    private final RetentionRules rules;
    private final Clock clock;

    RetentionController(RetentionRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        List<RetentionRules.Setting> settings = rules.settings();
        Map<String, String> months = new LinkedHashMap<>();
        settings.forEach(s -> months.put(s.key(), Integer.toString(s.months())));
        model.addAttribute("typed", months);
        model.addAttribute("errors", Map.of());
        return view(model, settings);
    }

    /** Months arrive as {@code months-<key>}, on/off as {@code enabled-<key>} (a checkbox, absent when off). */
    @PostMapping
    String save(HttpServletRequest request, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<RetentionRules.Setting> settings = rules.settings();
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, RetentionRules.Choice> choices = new LinkedHashMap<>();
        for (RetentionRules.Setting setting : settings) {
            String value = request.getParameter("months-" + setting.key());
            boolean enabled = request.getParameter("enabled-" + setting.key()) != null;
            typed.put(setting.key(), value == null ? "" : value);
            Integer months = months(value);
            if (months == null) {
                errors.put(setting.key(), "personaldata.retention.months.invalid");
            } else {
                choices.put(setting.key(), new RetentionRules.Choice(months, enabled));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("typed", typed);
            model.addAttribute("errors", errors);
            return view(model, settings);
        }
        rules.save(choices);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/retention";
    }

    @PostMapping("/run")
    String run(RedirectAttributes redirect) {
        long cleared =
                rules.runAll().values().stream().mapToLong(Long::longValue).sum();
        redirect.addFlashAttribute("flash", "personaldata.retention.ran");
        redirect.addFlashAttribute("cleared", cleared);
        return "redirect:/admin/retention";
    }

    private String view(Model model, List<RetentionRules.Setting> settings) {
        model.addAttribute("settings", settings);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("minMonths", MIN_MONTHS);
        model.addAttribute("maxMonths", MAX_MONTHS);
        return "privacy/admin/retention";
    }

    private static Integer months(String value) {
        if (value == null || !value.strip().matches("\\d{1,4}")) {
            return null;
        }
        int months = Integer.parseInt(value.strip());
        return months < MIN_MONTHS || months > MAX_MONTHS ? null : months;
    }
}
