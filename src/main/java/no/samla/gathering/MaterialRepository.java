package no.samla.gathering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link Materials}. */
interface MaterialRepository extends JpaRepository<Material, Long> {

    @Query("select m from Material m where m.gatheringId = :gathering order by m.kind, m.id")
    List<Material> findByGathering(@Param("gathering") long gatheringId);

    @Query("select count(m) from Material m where m.gatheringId = :gathering")
    long countByGathering(@Param("gathering") long gatheringId);
}
