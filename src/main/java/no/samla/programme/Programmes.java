package no.samla.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.audit.Changes;
import no.samla.organisation.Organisations;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme module's facade: programmes as their viewers may see them, and changes to them. */
@Service
@Transactional(readOnly = true)
public class Programmes {

    private final ProgrammeRepository programmes;
    private final Organisations organisations;
    private final GatheringSchedule gatherings;
    private final AuditTrail audit;

    Programmes(
            ProgrammeRepository programmes,
            Organisations organisations,
            GatheringSchedule gatherings,
            AuditTrail audit) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.gatherings = gatherings;
        this.audit = audit;
    }

    public Page<ProgrammeRow> search(ProgrammeViewer viewer, ProgrammeFilter filter, Pageable pageable) {
        // The year as a number: a date parameter that may be null cannot be typed by PostgreSQL in ":p is null".
        return programmes.search(
                viewer.seesAll(),
                viewer.coordinatorPersonId(),
                viewer.municipalityId(),
                filter.normalisedQuery(),
                filter.status(),
                filter.providerId(),
                filter.municipalityId(),
                filter.year(),
                pageable);
    }

    /** The programme if this viewer may see it; otherwise it is "not found", so its existence stays private. */
    public Programme get(ProgrammeViewer viewer, long id) {
        return programmes
                .findVisible(id, viewer.seesAll(), viewer.coordinatorPersonId(), viewer.municipalityId())
                .map(Programmes::loaded)
                .orElseThrow(() -> new NotFoundException("Programme", id));
    }

    /** Whether this viewer may see the programme (without loading it for a page). */
    public boolean isVisible(ProgrammeViewer viewer, long id) {
        return programmes
                .findVisible(id, viewer.seesAll(), viewer.coordinatorPersonId(), viewer.municipalityId())
                .isPresent();
    }

    public Optional<Programme> find(long id) {
        return programmes.findWithDetails(id).map(Programmes::loaded);
    }

    /** The names of the given programmes by id, in one query (for lists that span programmes). */
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return programmes.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Programme::getId, Programme::getName));
    }

    /** Pages show a programme after the transaction: its themes and coordinators must be loaded by then. */
    private static Programme loaded(Programme programme) {
        org.hibernate.Hibernate.initialize(programme.themesForLoading());
        org.hibernate.Hibernate.initialize(programme.coordinatorIdsForLoading());
        return programme;
    }

    /** Whether this viewer may change the programme: the admin, or one of its coordinators. */
    public boolean canManage(ProgrammeViewer viewer, Programme programme) {
        return viewer.seesAll()
                || (viewer.coordinatorPersonId() != null && programme.isCoordinatedBy(viewer.coordinatorPersonId()));
    }

    public List<Programme> templates() {
        return programmes.findTemplates().stream().map(Programmes::loaded).toList();
    }

    @Transactional
    public Programme create(ProgrammeData data) {
        check(data);
        Programme programme = programmes.save(new Programme(data, false));
        audit.record(AuditAction.PROGRAMME_CREATED, AuditSubject.PROGRAMME, programme.getId(), "");
        return programme;
    }

    @Transactional
    public Programme update(long id, long formVersion, ProgrammeData data) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
        StaleEditException.check(programme.getVersion(), formVersion);
        check(data);
        ProgrammeData before = programme.data();
        programme.update(data);
        audit.record(
                AuditAction.PROGRAMME_CHANGED, AuditSubject.PROGRAMME, id, Changes.between(before, programme.data()));
        return programme;
    }

    @Transactional
    public void updateRates(long id, long formVersion, Rates rates) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
        StaleEditException.check(programme.getVersion(), formVersion);
        programme.updateRates(rates);
        audit.record(AuditAction.PROGRAMME_CHANGED, AuditSubject.PROGRAMME, id, Changes.summary(List.of("rates")));
    }

    @Transactional
    public void changeStatus(long id, ProgrammeStatus target) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
        if (!programme.getStatus().canMoveTo(target)) {
            throw new FieldConflictException("status", "programme.status.notAllowed");
        }
        ProgrammeStatus before = programme.getStatus();
        programme.moveTo(target);
        audit.record(AuditAction.PROGRAMME_STATUS_CHANGED, AuditSubject.PROGRAMME, id, before + " -> " + target);
    }

    /** Saves a copy of the programme's structure, themes, prices and gatherings as a template. */
    @Transactional
    public Programme saveAsTemplate(long id, String name) {
        Programme source = programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
        ProgrammeData data = source.data();
        Programme template = programmes.save(new Programme(
                new ProgrammeData(
                        name,
                        data.description(),
                        data.providerOrganisationId(),
                        data.startDate(),
                        data.endDate(),
                        data.themes(),
                        java.util.Set.of(),
                        data.plan(),
                        data.rates()),
                true));
        gatherings.copy(id, template.getId(), data.startDate(), weeksBetweenGatherings(id));
        audit.record(
                AuditAction.PROGRAMME_CREATED, AuditSubject.PROGRAMME, template.getId(), "template of programme " + id);
        return template;
    }

    /**
     * A new programme from a template: its themes, plan, prices and gatherings, the first gathering on
     * startDate and the next ones weeksBetween apart; the period runs to the last gathering's end.
     */
    @Transactional
    public Programme createFromTemplate(
            long templateId,
            String name,
            Long providerId,
            long creatorPersonId,
            boolean creatorCoordinates,
            LocalDate startDate,
            int weeksBetween) {
        Programme template = programmes
                .findById(templateId)
                .filter(Programme::isTemplate)
                .orElseThrow(() -> new NotFoundException("Template", templateId));
        ProgrammeData data = template.data();
        ProgrammeData copy = new ProgrammeData(
                name,
                data.description(),
                providerId,
                startDate,
                startDate,
                data.themes(),
                creatorCoordinates ? java.util.Set.of(creatorPersonId) : java.util.Set.of(),
                data.plan(),
                data.rates());
        check(copy);
        Programme programme = programmes.save(new Programme(copy, false));
        gatherings.copy(templateId, programme.getId(), startDate, weeksBetween);
        LocalDate end = gatherings.gatheringsOf(programme.getId()).stream()
                .map(GatheringSchedule.ScheduledGathering::endDate)
                .max(Comparator.naturalOrder())
                .orElse(startDate);
        ProgrammeData created = programme.data();
        programme.update(new ProgrammeData(
                created.name(),
                created.description(),
                created.providerOrganisationId(),
                created.startDate(),
                end,
                created.themes(),
                created.coordinatorIds(),
                created.plan(),
                created.rates()));
        audit.record(
                AuditAction.PROGRAMME_CREATED,
                AuditSubject.PROGRAMME,
                programme.getId(),
                "from template " + templateId);
        return programme;
    }

    /** The usual gap in weeks between a programme's gatherings, to lay a copy out the same way. */
    public int weeksBetweenGatherings(long programmeId) {
        List<GatheringSchedule.ScheduledGathering> list = gatherings.gatheringsOf(programmeId);
        if (list.size() < 2) {
            return 4;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                list.get(0).startDate(), list.get(list.size() - 1).startDate());
        return (int) Math.max(1, Math.round(days / 7.0 / (list.size() - 1)));
    }

    private void check(ProgrammeData data) {
        if (organisations.findProvider(data.providerOrganisationId()).isEmpty()) {
            throw new FieldConflictException("providerId", "programme.provider.unknown");
        }
    }
}
