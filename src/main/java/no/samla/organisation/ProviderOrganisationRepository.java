package no.samla.organisation;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProviderOrganisationRepository extends JpaRepository<ProviderOrganisation, Long> {

    @Query("""
            select p from ProviderOrganisation p
            where :query = '' or lower(p.name) like lower(concat('%', :query, '%'))
            """)
    Page<ProviderOrganisation> search(@Param("query") String query, Pageable pageable);

    @Query("select p from ProviderOrganisation p order by p.name")
    List<ProviderOrganisation> findAllOrderByName();

    @Query(
            "select count(p) > 0 from ProviderOrganisation p where lower(p.name) = lower(:name) and (:id is null or p.id <> :id)")
    boolean nameTaken(@Param("name") String name, @Param("id") Long exceptId);

    @Query(
            "select count(p) > 0 from ProviderOrganisation p where p.orgNumber = :orgNumber and (:id is null or p.id <> :id)")
    boolean orgNumberTaken(@Param("orgNumber") String orgNumber, @Param("id") Long exceptId);
}
