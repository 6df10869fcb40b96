package no.samla.gathering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select i from AgendaItem i where i.gatheringId = :gathering order by i.day, i.position, i.id")
    List<AgendaItem> findByGathering(@Param("gathering") long gatheringId);

    @Query("select coalesce(max(i.position), 0) from AgendaItem i where i.gatheringId = :gathering and i.day = :day")
    int lastPosition(@Param("gathering") long gatheringId, @Param("day") int day);

    /** Locks the gathering's row, so that changes to one agenda's order are made one after the other. */
    @Query(value = "select id from gathering where id = :gathering for update", nativeQuery = true)
    Long lockGathering(@Param("gathering") long gatheringId);
}
