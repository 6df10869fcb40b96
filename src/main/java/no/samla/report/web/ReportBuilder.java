package no.samla.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samla.organisation.Organisations;
import no.samla.organisation.ProviderOrganisation;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.Enrolments;
import no.samla.programme.GatheringSchedule;
import no.samla.programme.GatheringSchedule.ScheduledGathering;
import no.samla.programme.Programme;
import no.samla.report.ReportContributor;
import no.samla.report.ReportScope;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;
import no.samla.report.ReportTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a report together: the title part and overview from the programme module, then every contributed section in
 * order; a contributor with nothing to say is left out. The report knows none of the contributors.
 */
@Component
class ReportBuilder {

    private final List<ReportContributor> contributors;
    private final Enrolments enrolments;
    private final GatheringSchedule gatherings;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Clock clock;

    ReportBuilder(
            List<ReportContributor> contributors,
            Enrolments enrolments,
            GatheringSchedule gatherings,
            Organisations organisations,
            MessageSource messages,
            Clock clock) {
        this.contributors = contributors.stream()
                .sorted(Comparator.comparingInt(ReportContributor::order))
                .toList();
        this.enrolments = enrolments;
        this.gatherings = gatherings;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
    }

    /** In one read-only transaction, so that the sections share a connection. */
    @Transactional(readOnly = true)
    Report build(Programme programme, Long municipalityId, Locale locale) {
        long programmeId = programme.getId();
        ReportScope scope = municipalityId == null
                ? ReportScope.programme(programmeId)
                : ReportScope.municipality(programmeId, municipalityId);
        List<EnrolledMunicipality> municipalities = enrolments.municipalities(programmeId, municipalityId);
        EnrolledMunicipality municipality = municipalityId == null ? null : municipalities.get(0);
        long participants =
                municipality == null ? enrolments.activeParticipants(programmeId) : municipality.participants();
        List<Report.Section> sections = new ArrayList<>();
        sections.add(Report.Section.of(
                0,
                overview(
                        ReportTexts.of(messages, locale),
                        participants,
                        municipalities.size(),
                        municipality,
                        programmeId)));
        for (ReportContributor contributor : contributors) {
            Optional<ReportSection> section = contributor.section(scope, locale);
            section.ifPresent(content -> sections.add(Report.Section.of(sections.size(), content)));
        }
        return new Report(
                programme,
                organisations
                        .findProvider(programme.getProviderOrganisationId())
                        .map(ProviderOrganisation::getName)
                        .orElse(null),
                municipality,
                LocalDate.now(clock),
                sections,
                municipality == null ? municipalities : List.of());
    }

    private ReportSection overview(
            ReportTexts text,
            long participants,
            long municipalities,
            EnrolledMunicipality municipality,
            long programmeId) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<ScheduledGathering> scheduled = gatherings.gatheringsOf(programmeId);
        long held = scheduled.stream()
                .filter(gathering ->
                        !gathering.startDate().atTime(gathering.startTime()).isAfter(now))
                .count();
        long planned = scheduled.size() - held;
        List<String> summary = new ArrayList<>();
        summary.add(
                municipality == null
                        ? text.get(
                                "report.overview.summary",
                                text.count(participants),
                                text.count(municipalities),
                                text.count(held),
                                text.count(planned))
                        : text.get(
                                "report.overview.summary.municipality",
                                text.count(participants),
                                municipality.name(),
                                text.count(held),
                                text.count(planned)));
        if (participants == 0) {
            summary.add(text.get("report.overview.noParticipants"));
        }
        return new ReportSection(
                text.get("report.overview.heading"),
                summary,
                List.of(new ReportTable(
                        text.get("report.overview.caption"),
                        List.of(text.get("report.overview.what"), text.get("report.overview.count")),
                        List.of(
                                List.of(text.get("report.overview.participants"), text.count(participants)),
                                List.of(text.get("report.overview.municipalities"), text.count(municipalities)),
                                List.of(text.get("report.overview.held"), text.count(held)),
                                List.of(text.get("report.overview.planned"), text.count(planned))))));
    }
}
