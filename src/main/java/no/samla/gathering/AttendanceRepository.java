package no.samla.gathering;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link Attendances}. */
interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    @Query("select a from Attendance a where a.gatheringId in :gatherings")
    List<Attendance> findByGatherings(@Param("gatherings") Collection<Long> gatheringIds);

    /** One person's row at one gathering: inserted or overwritten, never touching anyone else's. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = """
            insert into attendance (gathering_id, person_id, status, late, comment, updated_at, updated_by_person_id)
            values (:gathering, :person, :status, :late, :comment, now(), :by)
            on conflict (gathering_id, person_id) do update
               set status = excluded.status, late = excluded.late, comment = excluded.comment,
                   updated_at = excluded.updated_at, updated_by_person_id = excluded.updated_by_person_id
            """, nativeQuery = true)
    int upsert(
            @Param("gathering") long gatheringId,
            @Param("person") long personId,
            @Param("status") String status,
            @Param("late") boolean late,
            @Param("comment") String comment,
            @Param("by") Long byPersonId);
}
