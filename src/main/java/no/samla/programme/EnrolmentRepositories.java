package no.samla.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repositories of who takes part; kept together since they are only used by {@link Enrolments}. */
final class EnrolmentRepositories {

    private EnrolmentRepositories() {}

    interface ProgrammeMunicipalityRepository extends JpaRepository<ProgrammeMunicipality, Long> {

        Optional<ProgrammeMunicipality> findByProgrammeIdAndMunicipalityId(long programmeId, long municipalityId);

        @Query("""
                select new no.samla.programme.EnrolledMunicipality(pm.id, m.id, m.number, m.name,
                    (select count(g) from LeaderGroup g where g.programmeMunicipality = pm),
                    (select count(pa) from Participation pa join no.samla.people.Person pe on pe.id = pa.personId
                     where pa.programmeId = pm.programmeId and pa.leftOn is null and pe.municipalityId = m.id))
                from ProgrammeMunicipality pm join no.samla.organisation.Municipality m on m.id = pm.municipalityId
                where pm.programmeId = :programme and (:only is null or m.id = :only)
                order by m.name
                """)
        List<EnrolledMunicipality> listFor(
                @Param("programme") long programmeId, @Param("only") Long onlyMunicipalityId);
    }

    interface LeaderGroupRepository extends JpaRepository<LeaderGroup, Long> {

        @Query("""
                select g from LeaderGroup g join fetch g.programmeMunicipality pm
                where pm.programmeId = :programme and (:only is null or pm.municipalityId = :only)
                order by g.name
                """)
        List<LeaderGroup> listFor(@Param("programme") long programmeId, @Param("only") Long onlyMunicipalityId);

        @Query(
                "select count(g) > 0 from LeaderGroup g where g.programmeMunicipality = :pm and lower(g.name) = lower(:name)")
        boolean nameTaken(@Param("pm") ProgrammeMunicipality programmeMunicipality, @Param("name") String name);
    }

    interface ParticipationRepository extends JpaRepository<Participation, Long> {

        String PARTICIPANT_FILTER = """
                where pa.programmeId = :programme
                  and (:only is null or pe.municipalityId = :only)
                  and (:includeLeft = true or pa.leftOn is null)
                """;

        @Query(value = """
                select new no.samla.programme.ParticipantRow(pa.id, pe.id, pe.fullName, pe.email, pe.title, m.name, g.name,
                    pa.joinedOn, pa.leftOn)
                from Participation pa
                join no.samla.people.Person pe on pe.id = pa.personId
                left join no.samla.organisation.Municipality m on m.id = pe.municipalityId
                left join pa.leaderGroup g
                """ + PARTICIPANT_FILTER, countQuery = """
                select count(pa) from Participation pa join no.samla.people.Person pe on pe.id = pa.personId
                """ + PARTICIPANT_FILTER)
        Page<ParticipantRow> page(
                @Param("programme") long programmeId,
                @Param("only") Long onlyMunicipalityId,
                @Param("includeLeft") boolean includeLeft,
                Pageable pageable);

        @Query("select pa from Participation pa left join fetch pa.roles where pa.id in :ids")
        List<Participation> withRoles(@Param("ids") List<Long> ids);

        @Query(
                "select count(pa) > 0 from Participation pa where pa.programmeId = :programme and pa.personId = :person and pa.leftOn is null")
        boolean isActive(@Param("programme") long programmeId, @Param("person") long personId);

        @Query("select count(pa) from Participation pa where pa.programmeId = :programme and pa.leftOn is null")
        long countActive(@Param("programme") long programmeId);
    }
}
