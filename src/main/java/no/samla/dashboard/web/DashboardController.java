package no.samla.dashboard.web;

import java.util.List;
import java.util.Locale;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.dashboard.AdminOverviews;
import no.samla.dashboard.AdminOverviews.AdminOverview;
import no.samla.dashboard.CoordinatorOverviews;
import no.samla.dashboard.CoordinatorOverviews.CoordinatorOverview;
import no.samla.dashboard.DashboardAccess;
import no.samla.dashboard.DashboardAccess.ListView;
import no.samla.dashboard.DashboardTable;
import no.samla.dashboard.LeaderFilter;
import no.samla.dashboard.LeaderLists;
import no.samla.dashboard.MunicipalityDashboards;
import no.samla.dashboard.MunicipalityDashboards.MunicipalityDashboard;
import no.samla.dashboard.Reminding;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import no.samla.system.web.ListPages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboards, the lists behind their figures, and their tables as files. */
@Controller
class DashboardController {

    static final int PAGE_SIZE = 25;

    /** Programmes in a municipality's overview per page: its figures are read for those shown. */
    static final int PROGRAMMES_PER_PAGE = 10;

    private final DashboardAccess access;
    private final MunicipalityDashboards municipalities;
    private final CoordinatorOverviews coordinators;
    private final AdminOverviews admin;
    private final LeaderLists leaders;
    private final Reminding reminding;
    private final AuditTrail audit;

    DashboardController(
            DashboardAccess access,
            MunicipalityDashboards municipalities,
            CoordinatorOverviews coordinators,
            AdminOverviews admin,
            LeaderLists leaders,
            Reminding reminding,
            AuditTrail audit) {
        this.audit = audit;
        this.access = access;
        this.municipalities = municipalities;
        this.coordinators = coordinators;
        this.admin = admin;
        this.leaders = leaders;
        this.reminding = reminding;
    }

    /** The dashboard that fits the user's role. */
    @GetMapping("/dashboards")
    String start(@AuthenticationPrincipal SamlaUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return "redirect:/dashboards/admin";
        }
        if (user.hasRole(Role.COORDINATOR)) {
            return "redirect:/dashboards/coordinator";
        }
        if (user.hasRole(Role.MUNICIPALITY_ADMIN)
                && user.administeredMunicipalityId().isPresent()) {
            return "redirect:/dashboards/municipalities/"
                    + user.administeredMunicipalityId().get();
        }
        throw new NotFoundException("Dashboard", user.personId());
    }

    @GetMapping("/dashboards/municipalities/{municipalityId}")
    String municipality(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long municipalityId,
            @RequestParam(required = false) Long programme,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        MonthFilter filter = MonthFilter.read(from, to);
        MunicipalityDashboard dashboard = municipalityDashboard(
                user, municipalityId, programme, filter, pageRequest(page, PROGRAMMES_PER_PAGE), locale);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("filter", filter);
        model.addAttribute("exportPath", "/dashboards/municipalities/" + municipalityId + "/export");
        model.addAttribute(
                "exportParams",
                dashboard.selected() == null
                        ? ""
                        : "&programme=" + dashboard.selected().programmeId() + "&from=" + dashboard.from() + "&to="
                                + dashboard.to());
        return "dashboard/municipality";
    }

    @GetMapping("/dashboards/municipalities/{municipalityId}/export.{format}")
    ResponseEntity<byte[]> municipalityExport(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long municipalityId,
            @PathVariable String format,
            @RequestParam String table,
            @RequestParam(required = false) Long programme,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        MunicipalityDashboard dashboard = municipalityDashboard(
                user, municipalityId, programme, MonthFilter.read(from, to).orBadRequest(), Pageable.unpaged(), locale);
        return recorded(
                TableFiles.file(dashboard.table(table), format, "samla-" + table, locale),
                AuditSubject.MUNICIPALITY,
                municipalityId,
                "municipality dashboard, table " + table + (programme == null ? "" : ", programme " + programme),
                format);
    }

    /** Records a download in the audit log once the file is made: an unknown table or format records nothing. */
    private ResponseEntity<byte[]> recorded(
            ResponseEntity<byte[]> file, AuditSubject subject, Long subjectId, String what, String format) {
        if (file.getStatusCode().is2xxSuccessful()) {
            audit.exported(subject, subjectId, what + " (" + format + ")");
        }
        return file;
    }

    private MunicipalityDashboard municipalityDashboard(
            SamlaUser user,
            long municipalityId,
            Long programme,
            MonthFilter filter,
            Pageable programmesShown,
            Locale locale) {
        DashboardAccess.MunicipalityView view = access.municipality(user, municipalityId);
        return municipalities.build(view, programme, filter.start(), filter.end(), programmesShown, locale);
    }

    @GetMapping("/dashboards/coordinator")
    String coordinator(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        CoordinatorOverview overview = coordinators.build(user, locale);
        model.addAttribute("overview", overview);
        List<DashboardTable> programmes = overview.tables().stream()
                .filter(t -> t.id().startsWith("programme-"))
                .toList();
        model.addAttribute("programmes", programmes);
        model.addAttribute("exportPath", "/dashboards/coordinator/export");
        model.addAttribute("exportParams", "");
        if (!programmes.isEmpty()) {
            DashboardTable atRisk = overview.table("at-risk");
            model.addAttribute("atRisk", atRisk);
            model.addAttribute("atRiskPage", page(atRisk.rows(), page));
            model.addAttribute("atRiskRows", page(overview.atRisk(), page));
            model.addAttribute("upcoming", overview.table("upcoming"));
        }
        return "dashboard/coordinator";
    }

    @GetMapping("/dashboards/coordinator/export.{format}")
    ResponseEntity<byte[]> coordinatorExport(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable String format,
            @RequestParam String table,
            Locale locale) {
        return recorded(
                TableFiles.file(coordinators.build(user, locale).table(table), format, "samla-" + table, locale),
                null,
                null,
                "coordinator dashboard, table " + table,
                format);
    }

    @PostMapping("/dashboards/programmes/{programmeId}/leaders/{personId}/reminder")
    String remind(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long personId,
            @RequestParam(defaultValue = "/dashboards/coordinator") String back,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        Reminding.Outcome outcome = reminding.remind(programmeId, personId, user.fullName());
        redirect.addFlashAttribute("flash", "dashboard.reminder." + outcome);
        return "redirect:"
                + (back.startsWith("/dashboards/") && !back.startsWith("//") ? back : "/dashboards/coordinator");
    }

    @GetMapping("/dashboards/admin")
    String admin(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            Model model) {
        MonthFilter filter = MonthFilter.read(from, to);
        AdminOverview overview = admin.build(filter.start(), filter.end(), locale);
        model.addAttribute("overview", overview);
        model.addAttribute("filter", filter);
        model.addAttribute("exportPath", "/dashboards/admin/export");
        model.addAttribute("exportParams", "&from=" + overview.from() + "&to=" + overview.to());
        return "dashboard/admin";
    }

    @GetMapping("/dashboards/admin/export.{format}")
    ResponseEntity<byte[]> adminExport(
            @PathVariable String format,
            @RequestParam String table,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        MonthFilter filter = MonthFilter.read(from, to).orBadRequest();
        return recorded(
                TableFiles.file(
                        admin.build(filter.start(), filter.end(), locale).table(table),
                        format,
                        "samla-" + table,
                        locale),
                null,
                null,
                "admin dashboard, table " + table,
                format);
    }

    @GetMapping("/dashboards/programmes/{programmeId}/leaders")
    String leaders(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(defaultValue = "ALL") LeaderFilter show,
            @RequestParam(required = false) Long municipality,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        ListView view = access.leaders(user, programmeId, municipality);
        DashboardTable table = leaders.build(view, show, locale);
        String query = "?show=" + show.name()
                + (view.municipalityId() == null ? "" : "&municipality=" + view.municipalityId());
        model.addAttribute("view", view);
        model.addAttribute("show", show);
        model.addAttribute("filters", LeaderFilter.values());
        model.addAttribute("table", table);
        model.addAttribute("rows", page(table.rows(), page));
        model.addAttribute("listUrl", "/dashboards/programmes/" + programmeId + "/leaders?" + query);
        model.addAttribute("exportPath", "/dashboards/programmes/" + programmeId + "/leaders/export");
        model.addAttribute("exportParams", "&" + query);
        return "dashboard/leaders";
    }

    @GetMapping("/dashboards/programmes/{programmeId}/leaders/export.{format}")
    ResponseEntity<byte[]> leadersExport(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable String format,
            @RequestParam(defaultValue = "ALL") LeaderFilter show,
            @RequestParam(required = false) Long municipality,
            Locale locale) {
        ListView view = access.leaders(user, programmeId, municipality);
        return recorded(
                TableFiles.file(leaders.build(view, show, locale), format, "samla-leaders", locale),
                AuditSubject.PROGRAMME,
                programmeId,
                "leaders list " + show
                        + (view.municipalityId() == null ? "" : ", municipality " + view.municipalityId()),
                format);
    }

    private static <T> Page<T> page(List<T> rows, int page) {
        return ListPages.of(rows, pageRequest(page, PAGE_SIZE));
    }

    private static PageRequest pageRequest(int page, int size) {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A page number is never negative");
        }
        return PageRequest.of(page, size);
    }
}
