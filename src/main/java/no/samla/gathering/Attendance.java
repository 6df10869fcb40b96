package no.samla.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One person's attendance at one gathering; written only through {@link AttendanceRepository#upsert}. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
class Attendance {

    @Id
    @Column(name = "gathering_id")
    private long gatheringId;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    private boolean late;

    private String comment;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by_person_id")
    private Long updatedByPersonId;

    protected Attendance() {}

    long getGatheringId() {
        return gatheringId;
    }

    long getPersonId() {
        return personId;
    }

    AttendanceStatus getStatus() {
        return status;
    }

    boolean isLate() {
        return late;
    }

    String getComment() {
        return comment;
    }

    record Key(long gatheringId, long personId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }
}
