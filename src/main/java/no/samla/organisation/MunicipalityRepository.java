package no.samla.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    @EntityGraph(attributePaths = "county")
    @Query("""
            select m from Municipality m
            where :query = '' or lower(m.name) like lower(concat('%', :query, '%')) or m.number = :query
                or lower(m.county.name) like lower(concat('%', :query, '%'))
            """)
    Page<Municipality> search(@Param("query") String query, Pageable pageable);

    @EntityGraph(attributePaths = "county")
    @Query("select m from Municipality m order by m.name")
    List<Municipality> findAllOrderByName();

    Optional<Municipality> findByNumber(String number);

    List<Municipality> findByNumberIn(java.util.Collection<String> numbers);

    /** The municipality is immutable reference data to JPA; its written language is the one column people change. */
    @Modifying(clearAutomatically = true)
    @Query(value = "update municipality set written_language = :language where id = :id", nativeQuery = true)
    int changeWrittenLanguage(@Param("id") long id, @Param("language") String language);
}
