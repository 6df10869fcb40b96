package no.samla.people;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    String SEARCH_FILTER = """
            where (:query = '' or lower(p.fullName) like lower(concat('%', :query, '%'))
                   or lower(p.email) like lower(concat('%', :query, '%'))
                   or lower(p.title) like lower(concat('%', :query, '%')))
              and (:municipalityId is null or p.municipalityId = :municipalityId)
              and (:providerId is null or p.providerOrganisationId = :providerId)
            """;

    @Query(value = """
            select new no.samla.people.PersonRow(p.id, p.fullName, p.email, p.title, m.name, po.name, p.sector, a.id)
            from Person p
            left join no.samla.organisation.Municipality m on m.id = p.municipalityId
            left join no.samla.organisation.ProviderOrganisation po on po.id = p.providerOrganisationId
            left join Account a on a.person = p
            """ + SEARCH_FILTER, countQuery = "select count(p) from Person p " + SEARCH_FILTER)
    Page<PersonRow> search(
            @Param("query") String query,
            @Param("municipalityId") Long municipalityId,
            @Param("providerId") Long providerId,
            Pageable pageable);

    @Query("select p from Person p where lower(p.email) = lower(:email)")
    java.util.Optional<Person> findByEmail(@Param("email") String email);

    @Query("select p from Person p where lower(p.email) in :emails")
    java.util.List<Person> findByLowerEmails(@Param("emails") java.util.Collection<String> lowerCaseEmails);

    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(:email) and (:id is null or p.id <> :id)")
    boolean emailTaken(@Param("email") String email, @Param("id") Long exceptId);
}
