package no.samla.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link Enrolments}. */
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
