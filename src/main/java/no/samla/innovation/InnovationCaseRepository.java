package no.samla.innovation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link InnovationCases}. */
interface InnovationCaseRepository extends JpaRepository<InnovationCase, Long> {

    Optional<InnovationCase> findFirstByProgrammeIdAndTitleIgnoreCase(long programmeId, String title);

    /** The ids of the first {@code limit} cases of each phase by title: what a board column shows. */
    @Query(value = """
            select id from (
                select c.id, row_number() over (partition by c.phase_id order by c.title, c.id) as place
                from innovation_case c
                where c.programme_id = :programme
                  and (cast(:municipality as bigint) is null or c.municipality_id = :municipality)
            ) ranked where place <= :limit
            """, nativeQuery = true)
    List<Long> firstOfEachPhase(
            @Param("programme") long programmeId,
            @Param("municipality") Long municipalityId,
            @Param("limit") int limit);

    /** The number of cases in each phase, as pairs of phase id and count. */
    @Query("""
            select c.phaseId, count(c) from InnovationCase c
            where c.programmeId = :programme and (:municipality is null or c.municipalityId = :municipality)
            group by c.phaseId
            """)
    List<Object[]> countByPhase(@Param("programme") long programmeId, @Param("municipality") Long municipalityId);

    @Query("""
            select c from InnovationCase c
            where c.programmeId = :programme and c.phaseId = :phase
              and (:municipality is null or c.municipalityId = :municipality)
            order by c.title, c.id
            """)
    Page<InnovationCase> inPhase(
            @Param("programme") long programmeId,
            @Param("municipality") Long municipalityId,
            @Param("phase") long phaseId,
            Pageable pageable);

    @Query("select c from InnovationCase c left join fetch c.team where c.id = :id")
    Optional<InnovationCase> withTeam(@Param("id") long id);

    @Query("""
            select c from InnovationCase c
            where c.id in (select c2.id from InnovationCase c2 join c2.team member where member = :person)
            order by c.title, c.id
            """)
    List<InnovationCase> ofTeamMember(@Param("person") long personId);

    @Query("select c from InnovationCase c where c.id in :ids order by c.title, c.id")
    List<InnovationCase> byIds(@Param("ids") java.util.Collection<Long> ids);
}
