package no.samla.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.organisation.Organisations;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who takes part in a programme: municipalities, their leader groups and people with roles. */
@Service
@Transactional(readOnly = true)
public class Enrolments {

    private final ProgrammeMunicipalityRepository municipalities;
    private final LeaderGroupRepository leaderGroups;
    private final ParticipationRepository participations;
    private final Organisations organisations;
    private final People people;
    private final Clock clock;
    private final AuditTrail audit;

    Enrolments(
            ProgrammeMunicipalityRepository municipalities,
            LeaderGroupRepository leaderGroups,
            ParticipationRepository participations,
            Organisations organisations,
            People people,
            Clock clock,
            AuditTrail audit) {
        this.municipalities = municipalities;
        this.leaderGroups = leaderGroups;
        this.participations = participations;
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
        this.audit = audit;
    }

    /** The enrolled municipalities; {@code onlyMunicipalityId} narrows to one (a municipality admin's view). */
    public List<EnrolledMunicipality> municipalities(long programmeId, Long onlyMunicipalityId) {
        return municipalities.listFor(programmeId, onlyMunicipalityId);
    }

    public List<LeaderGroup> leaderGroups(long programmeId, Long onlyMunicipalityId) {
        return leaderGroups.listFor(programmeId, onlyMunicipalityId);
    }

    /** A page of participants with their roles, in two queries. */
    public Page<ParticipantRow> participants(
            long programmeId, Long onlyMunicipalityId, boolean includeLeft, Pageable pageable) {
        return participants(programmeId, onlyMunicipalityId, includeLeft, null, pageable);
    }

    /** The same, narrowed to names or e-mail addresses containing {@code search} (any case) when it is given. */
    public Page<ParticipantRow> participants(
            long programmeId, Long onlyMunicipalityId, boolean includeLeft, String search, Pageable pageable) {
        Page<ParticipantRow> page =
                participations.page(programmeId, onlyMunicipalityId, includeLeft, likePattern(search), pageable);
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, Participation> withRoles =
                participations
                        .withRoles(page.getContent().stream()
                                .map(ParticipantRow::participationId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Participation::getId, Function.identity()));
        return new PageImpl<>(
                page.getContent().stream()
                        .map(row -> row.withRoles(
                                withRoles.get(row.participationId()).getRoles()))
                        .toList(),
                pageable,
                page.getTotalElements());
    }

    /** A LIKE pattern that matches the search text literally, anywhere; everything when there is none. */
    private static String likePattern(String search) {
        if (search == null || search.isBlank()) {
            return "%";
        }
        String literal = search.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }

    /** Active people with the participant role: what coaching quotas and per-participant costs count. */
    public long activeParticipants(long programmeId) {
        return participations.countActive(programmeId);
    }

    /** The ids of the people taking part in the programme now, in one query. */
    public Set<Long> activePersonIds(long programmeId) {
        return new HashSet<>(participations.activePersonIds(programmeId));
    }

    /**
     * The programmes the person takes part in now with the participant role (not only as facilitator or coach), in one
     * query.
     */
    public List<Long> programmesAsParticipant(long personId) {
        return participations.programmesAsParticipant(personId);
    }

    /** The people in one of the programme's leader groups now with the participant role, in one query. */
    public Set<Long> participantsInLeaderGroup(long programmeId, long leaderGroupId) {
        return new HashSet<>(participations.participantsInLeaderGroup(programmeId, leaderGroupId));
    }

    /** Whether the person takes part in the programme now, in any role (leader, facilitator, coach...). */
    public boolean takesPart(long programmeId, long personId) {
        return participations.isActive(programmeId, personId);
    }

    public boolean isEnrolled(long programmeId, long municipalityId) {
        return municipalities
                .findByProgrammeIdAndMunicipalityId(programmeId, municipalityId)
                .isPresent();
    }

    @Transactional
    public ProgrammeMunicipality enrolMunicipality(long programmeId, long municipalityId) {
        if (organisations.findMunicipality(municipalityId).isEmpty()) {
            throw new FieldConflictException("municipalityId", "person.municipality.unknown");
        }
        if (isEnrolled(programmeId, municipalityId)) {
            throw new FieldConflictException("municipalityId", "enrolment.municipality.already");
        }
        ProgrammeMunicipality enrolled = municipalities.save(new ProgrammeMunicipality(programmeId, municipalityId));
        audit.record(
                AuditAction.MUNICIPALITY_ENROLLED, AuditSubject.MUNICIPALITY, municipalityId, inProgramme(programmeId));
        return enrolled;
    }

    private static String inProgramme(long programmeId) {
        return "programme " + programmeId;
    }

    private static String asParticipant(long programmeId, Set<ParticipationRole> roles) {
        return inProgramme(programmeId) + "; roles: "
                + roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    @Transactional
    public LeaderGroup addLeaderGroup(long programmeId, long municipalityId, String name) {
        ProgrammeMunicipality enrolled = municipalities
                .findByProgrammeIdAndMunicipalityId(programmeId, municipalityId)
                .orElseThrow(() ->
                        new FieldConflictException("municipalityId", "enrolment.leaderGroup.municipalityNotEnrolled"));
        if (leaderGroups.nameTaken(enrolled, name.strip())) {
            throw new FieldConflictException("name", "enrolment.leaderGroup.nameTaken");
        }
        LeaderGroup group = leaderGroups.save(new LeaderGroup(enrolled, name.strip()));
        audit.record(
                AuditAction.LEADER_GROUP_ADDED,
                AuditSubject.PROGRAMME,
                programmeId,
                "leader group " + group.getId() + " of municipality " + municipalityId);
        return group;
    }

    /**
     * Enrols a person with roles. A leader group must be this programme's and of the person's own
     * municipality; a person's municipality is enrolled along with them.
     */
    @Transactional
    public Participation enrol(long programmeId, long personId, Set<ParticipationRole> roles, Long leaderGroupId) {
        Person person = people.get(personId);
        if (participations.isActive(programmeId, personId)) {
            throw new FieldConflictException("email", "enrolment.person.already");
        }
        LeaderGroup group = null;
        if (leaderGroupId != null) {
            group = leaderGroups
                    .findById(leaderGroupId)
                    .filter(found -> found.getProgrammeMunicipality().getProgrammeId() == programmeId)
                    .orElseThrow(() -> new FieldConflictException("leaderGroupId", "enrolment.leaderGroup.unknown"));
            if (person.getMunicipalityId() == null
                    || group.getProgrammeMunicipality().getMunicipalityId() != person.getMunicipalityId()) {
                throw new FieldConflictException("leaderGroupId", "enrolment.leaderGroup.otherMunicipality");
            }
        }
        if (person.getMunicipalityId() != null && !isEnrolled(programmeId, person.getMunicipalityId())) {
            municipalities.save(new ProgrammeMunicipality(programmeId, person.getMunicipalityId()));
            audit.record(
                    AuditAction.MUNICIPALITY_ENROLLED,
                    AuditSubject.MUNICIPALITY,
                    person.getMunicipalityId(),
                    inProgramme(programmeId));
        }
        Participation participation =
                participations.save(new Participation(programmeId, personId, roles, group, LocalDate.now(clock)));
        audit.record(AuditAction.PARTICIPANT_ADDED, AuditSubject.PERSON, personId, asParticipant(programmeId, roles));
        return participation;
    }

    /**
     * {@link #enrol} for many people at once, with the same rules, in a fixed number of queries (an
     * import of thousands must not check one by one); all or none.
     */
    @Transactional
    public List<Participation> enrolAll(
            long programmeId, List<NewParticipation> newParticipations, Set<ParticipationRole> roles) {
        if (newParticipations.isEmpty()) {
            return List.of();
        }
        Set<Long> active = activePersonIds(programmeId);
        Map<Long, Person> persons =
                people
                        .getAll(newParticipations.stream()
                                .map(NewParticipation::personId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Person::getId, Function.identity()));
        Map<Long, LeaderGroup> groups = leaderGroups.listFor(programmeId, null).stream()
                .collect(Collectors.toMap(LeaderGroup::getId, Function.identity()));
        Set<Long> enrolledMunicipalities = municipalities.findByProgrammeId(programmeId).stream()
                .map(ProgrammeMunicipality::getMunicipalityId)
                .collect(Collectors.toCollection(HashSet::new));
        LocalDate today = LocalDate.now(clock);
        List<Participation> created = new ArrayList<>();
        List<Long> newMunicipalities = new ArrayList<>();
        for (NewParticipation wanted : newParticipations) {
            Person person = persons.get(wanted.personId());
            if (person == null) {
                throw new NotFoundException("Person", wanted.personId());
            }
            if (!active.add(person.getId())) {
                throw new FieldConflictException("email", "enrolment.person.already");
            }
            LeaderGroup group = null;
            if (wanted.leaderGroupId() != null) {
                group = groups.get(wanted.leaderGroupId());
                if (group == null) {
                    throw new FieldConflictException("leaderGroupId", "enrolment.leaderGroup.unknown");
                }
                if (person.getMunicipalityId() == null
                        || group.getProgrammeMunicipality().getMunicipalityId() != person.getMunicipalityId()) {
                    throw new FieldConflictException("leaderGroupId", "enrolment.leaderGroup.otherMunicipality");
                }
            }
            if (person.getMunicipalityId() != null && enrolledMunicipalities.add(person.getMunicipalityId())) {
                municipalities.save(new ProgrammeMunicipality(programmeId, person.getMunicipalityId()));
                newMunicipalities.add(person.getMunicipalityId());
            }
            created.add(new Participation(programmeId, person.getId(), roles, group, today));
        }
        List<Participation> saved = participations.saveAll(created);
        audit.recordAll(
                AuditAction.MUNICIPALITY_ENROLLED,
                AuditSubject.MUNICIPALITY,
                newMunicipalities,
                inProgramme(programmeId));
        audit.recordAll(
                AuditAction.PARTICIPANT_ADDED,
                AuditSubject.PERSON,
                saved.stream().map(Participation::getPersonId).toList(),
                asParticipant(programmeId, roles));
        return saved;
    }

    /** One person to enrol with {@link #enrolAll}, optionally in a leader group of this programme. */
    public record NewParticipation(long personId, Long leaderGroupId) {}

    /** Ends a participation; the row stays as history. */
    @Transactional
    public void leave(long programmeId, long participationId) {
        Participation participation = participation(programmeId, participationId);
        if (participation.isActive()) {
            participation.leave(LocalDate.now(clock));
            audit.record(
                    AuditAction.PARTICIPANT_REMOVED,
                    AuditSubject.PERSON,
                    participation.getPersonId(),
                    inProgramme(programmeId));
        }
    }

    /** The participation if it belongs to the programme; "not found" otherwise. */
    public Participation participation(long programmeId, long participationId) {
        return participations
                .findById(participationId)
                .filter(found -> found.getProgrammeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("Participation", participationId));
    }
}
