package no.samla.innovation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link InnovationCases}. */
interface InnovationCaseRepository extends JpaRepository<InnovationCase, Long> {

    @Query("""
            select c from InnovationCase c
            where c.programmeId = :programme and (:municipality is null or c.municipalityId = :municipality)
            order by c.title, c.id
            """)
    List<InnovationCase> board(@Param("programme") long programmeId, @Param("municipality") Long municipalityId);

    @Query("select c from InnovationCase c left join fetch c.team where c.id = :id")
    Optional<InnovationCase> withTeam(@Param("id") long id);

    @Query("""
            select c from InnovationCase c
            where c.id in (select c2.id from InnovationCase c2 join c2.team member where member = :person)
            order by c.title, c.id
            """)
    List<InnovationCase> ofTeamMember(@Param("person") long personId);

    @Query("select c from InnovationCase c where c.id in :ids")
    List<InnovationCase> byIds(@Param("ids") java.util.Collection<Long> ids);
}
