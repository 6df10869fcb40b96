package no.samla.gathering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GatheringRepository extends JpaRepository<Gathering, Long> {

    @Query("select g from Gathering g where g.programmeId = :programme order by g.number")
    List<Gathering> findByProgramme(@Param("programme") long programmeId);

    @Query(
            "select count(g) > 0 from Gathering g where g.programmeId = :programme and g.number = :number and (:id is null or g.id <> :id)")
    boolean numberTaken(@Param("programme") long programmeId, @Param("number") int number, @Param("id") Long exceptId);

    @Query("select g.programmeId, count(g) from Gathering g where g.programmeId in :programmes group by g.programmeId")
    List<Object[]> countByProgramme(@Param("programmes") java.util.Collection<Long> programmeIds);

    @Query("select coalesce(max(g.number), 0) from Gathering g where g.programmeId = :programme")
    int highestNumber(@Param("programme") long programmeId);
}
