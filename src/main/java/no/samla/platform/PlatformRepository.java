package no.samla.platform;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlatformRepository extends JpaRepository<LeadershipPlatform, Long> {

    @EntityGraph(attributePaths = "principles")
    @Query("select p from LeadershipPlatform p where p.id = :id")
    Optional<LeadershipPlatform> findWithPrinciples(long id);

    /** The platform for a change: its version goes up at commit even when only a principle changed. */
    @EntityGraph(attributePaths = "principles")
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select p from LeadershipPlatform p where p.id = :id")
    Optional<LeadershipPlatform> findForChange(long id);

    List<LeadershipPlatform> findByProgrammeIdOrderByIdAsc(long programmeId);

    boolean existsByProgrammeIdAndMunicipalityId(long programmeId, Long municipalityId);

    boolean existsByProgrammeIdAndMunicipalityIdIsNull(long programmeId);
}
