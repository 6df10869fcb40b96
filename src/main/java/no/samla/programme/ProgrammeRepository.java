package no.samla.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    String VISIBLE = """
            (:seesAll = true
             or (:coordinator is not null and :coordinator member of p.coordinatorIds)
             or (:municipality is not null and exists (select 1 from ProgrammeMunicipality vm
                                                       where vm.programmeId = p.id and vm.municipalityId = :municipality)))
            """;

    String FILTER = """
            where p.template = false and """ + VISIBLE + """
              and (:query = '' or lower(p.name) like lower(concat('%', :query, '%')))
              and (:status is null or p.status = :status)
              and (:provider is null or p.providerOrganisationId = :provider)
              and (:filterMunicipality is null or exists (select 1 from ProgrammeMunicipality fm
                                                          where fm.programmeId = p.id and fm.municipalityId = :filterMunicipality))
              and (:year is null or (extract(year from p.startDate) <= :year and extract(year from p.endDate) >= :year))
            """;

    @Query(value = """
            select new no.samla.programme.ProgrammeRow(p.id, p.name, o.name, p.startDate, p.endDate, p.status,
                (select count(pm) from ProgrammeMunicipality pm where pm.programmeId = p.id),
                (select count(pa) from Participation pa join pa.roles r where pa.programmeId = p.id and pa.leftOn is null
                 and r = no.samla.programme.ParticipationRole.PARTICIPANT))
            from Programme p left join no.samla.organisation.ProviderOrganisation o on o.id = p.providerOrganisationId
            """ + FILTER, countQuery = "select count(p) from Programme p " + FILTER)
    Page<ProgrammeRow> search(
            @Param("seesAll") boolean seesAll,
            @Param("coordinator") Long coordinatorPersonId,
            @Param("municipality") Long viewerMunicipalityId,
            @Param("query") String query,
            @Param("status") ProgrammeStatus status,
            @Param("provider") Long providerId,
            @Param("filterMunicipality") Long municipalityId,
            @Param("year") Integer year,
            Pageable pageable);

    /** With its coordinators: whether the viewer may manage it is decided after the transaction. */
    @EntityGraph(attributePaths = "coordinatorIds")
    @Query(
            "select p from Programme p where p.id = :id and ((p.template = true and (:seesAll = true or :coordinator is not null))"
                    + " or (p.template = false and " + VISIBLE + "))")
    Optional<Programme> findVisible(
            @Param("id") long id,
            @Param("seesAll") boolean seesAll,
            @Param("coordinator") Long coordinatorPersonId,
            @Param("municipality") Long viewerMunicipalityId);

    @EntityGraph(attributePaths = {"themes", "coordinatorIds"})
    @Query("select distinct p from Programme p where p.template = true order by p.name")
    List<Programme> findTemplates();

    @EntityGraph(attributePaths = {"themes", "coordinatorIds"})
    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> findWithDetails(@Param("id") long id);
}
