package no.samla.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    Enrolments(
            ProgrammeMunicipalityRepository municipalities,
            LeaderGroupRepository leaderGroups,
            ParticipationRepository participations,
            Organisations organisations,
            People people,
            Clock clock) {
        this.municipalities = municipalities;
        this.leaderGroups = leaderGroups;
        this.participations = participations;
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
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
        Page<ParticipantRow> page = participations.page(programmeId, onlyMunicipalityId, includeLeft, pageable);
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

    public long activeParticipants(long programmeId) {
        return participations.countActive(programmeId);
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
        return municipalities.save(new ProgrammeMunicipality(programmeId, municipalityId));
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
        return leaderGroups.save(new LeaderGroup(enrolled, name.strip()));
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
        }
        return participations.save(new Participation(programmeId, personId, roles, group, LocalDate.now(clock)));
    }

    /** Ends a participation; the row stays as history. */
    @Transactional
    public void leave(long programmeId, long participationId) {
        Participation participation = participation(programmeId, participationId);
        if (participation.isActive()) {
            participation.leave(LocalDate.now(clock));
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
