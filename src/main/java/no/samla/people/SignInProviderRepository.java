package no.samla.people;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInProviderRepository extends JpaRepository<SignInProvider, Long> {

    @Query("select p from SignInProvider p order by lower(p.displayName), p.id")
    Page<SignInProvider> findAllByName(Pageable pageable);

    @Query("select p from SignInProvider p where p.enabled order by lower(p.displayName), p.id")
    List<SignInProvider> findEnabled();

    @Query("select count(p) > 0 from SignInProvider p where (p.municipalityId = :municipalityId"
            + " or p.providerOrganisationId = :providerOrganisationId) and (:exceptId is null or p.id <> :exceptId)")
    boolean organisationTaken(
            @Param("municipalityId") Long municipalityId,
            @Param("providerOrganisationId") Long providerOrganisationId,
            @Param("exceptId") Long exceptId);
}
