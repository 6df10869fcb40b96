package no.samla.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link Enrolments}. */
interface ProgrammeMunicipalityRepository extends JpaRepository<ProgrammeMunicipality, Long> {

    Optional<ProgrammeMunicipality> findByProgrammeIdAndMunicipalityId(long programmeId, long municipalityId);

    List<ProgrammeMunicipality> findByProgrammeId(long programmeId);

    @Query("""
            select new no.samla.programme.EnrolledMunicipality(pm.id, m.id, m.number, m.name,
                (select count(g) from LeaderGroup g where g.programmeMunicipality = pm),
                (select count(pa) from Participation pa join no.samla.people.Person pe on pe.id = pa.personId
                 where pa.programmeId = pm.programmeId and pa.leftOn is null and pe.municipalityId = m.id))
            from ProgrammeMunicipality pm join no.samla.organisation.Municipality m on m.id = pm.municipalityId
            where pm.programmeId = :programme and (:only is null or m.id = :only)
            order by m.name
            """)
    List<EnrolledMunicipality> listFor(@Param("programme") long programmeId, @Param("only") Long onlyMunicipalityId);
}
