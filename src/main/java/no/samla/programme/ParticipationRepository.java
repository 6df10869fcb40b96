package no.samla.programme;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link Enrolments}. */
interface ParticipationRepository extends JpaRepository<Participation, Long> {

    String PARTICIPANT_FILTER = """
            where pa.programmeId = :programme
              and (:only is null or pe.municipalityId = :only)
              and (:includeLeft = true or pa.leftOn is null)
              and (lower(pe.fullName) like :search or lower(pe.email) like :search)
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
            @Param("search") String search,
            Pageable pageable);

    @Query("select pa from Participation pa left join fetch pa.roles where pa.id in :ids")
    List<Participation> withRoles(@Param("ids") List<Long> ids);

    @Query(
            "select count(pa) > 0 from Participation pa where pa.programmeId = :programme and pa.personId = :person and pa.leftOn is null")
    boolean isActive(@Param("programme") long programmeId, @Param("person") long personId);

    @Query("""
            select count(pa) from Participation pa join pa.roles r
            where pa.programmeId = :programme and pa.leftOn is null
              and r = no.samla.programme.ParticipationRole.PARTICIPANT
            """)
    long countActive(@Param("programme") long programmeId);

    @Query("select pa.personId from Participation pa where pa.programmeId = :programme and pa.leftOn is null")
    List<Long> activePersonIds(@Param("programme") long programmeId);

    @Query("""
            select distinct pa.programmeId from Participation pa join pa.roles r
            where pa.personId = :person and pa.leftOn is null
              and r = no.samla.programme.ParticipationRole.PARTICIPANT
            """)
    List<Long> programmesAsParticipant(@Param("person") long personId);

    @Query("""
            select pa.personId from Participation pa join pa.roles r
            where pa.programmeId = :programme and pa.leftOn is null and pa.leaderGroup.id = :group
              and r = no.samla.programme.ParticipationRole.PARTICIPANT
            """)
    List<Long> participantsInLeaderGroup(@Param("programme") long programmeId, @Param("group") long leaderGroupId);
}
