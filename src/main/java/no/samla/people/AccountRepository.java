package no.samla.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    @EntityGraph(attributePaths = {"person", "roles"})
    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmailWithRoles(@Param("email") String email);

    @EntityGraph(attributePaths = {"person", "roles"})
    @Query("select a from Account a where a.id = :id")
    Optional<Account> findWithRoles(@Param("id") long id);

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmail(@Param("email") String email);

    Optional<Account> findByPersonId(long personId);

    @Query("select count(a) from Account a where a.person.id in :personIds")
    long countByPersonIds(@Param("personIds") java.util.Collection<Long> personIds);

    @Query("select count(a) from Account a where lower(a.email) in :emails")
    long countByLowerEmails(@Param("emails") java.util.Collection<String> lowerCaseEmails);

    @Query(
            "select a.person from Account a join a.roles r where r.role = :role and a.enabled = true order by a.person.fullName")
    List<Person> findPeopleWithRole(@Param("role") Role role);

    /** Loads the roles of a page of accounts in one query. */
    @Query("select distinct a from Account a left join fetch a.roles where a in :accounts")
    List<Account> fetchRoles(@Param("accounts") List<Account> accounts);

    @EntityGraph(attributePaths = "person")
    @Query(value = """
            select a from Account a
            where (:query = '' or lower(a.email) like lower(concat('%', :query, '%'))
                   or lower(a.person.fullName) like lower(concat('%', :query, '%')))
              and (:role is null or exists (select 1 from Account b join b.roles r where b = a and r.role = :role))
            """)
    Page<Account> search(@Param("query") String query, @Param("role") Role role, Pageable pageable);
}
