package no.samla.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlatformVersionRepository extends JpaRepository<PlatformVersion, Long> {

    @EntityGraph(attributePaths = "principles")
    Optional<PlatformVersion> findByPlatformIdAndNumber(long platformId, int number);

    /** The versions without their principles, newest first. */
    List<PlatformVersion> findByPlatformIdOrderByNumberDesc(long platformId);

    @Query("select coalesce(max(v.number), 0) from PlatformVersion v where v.platformId = :platformId")
    int lastNumber(long platformId);
}
