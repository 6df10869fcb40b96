package no.samla.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A time a coach offers to the leaders they coach in one programme. */
@Entity
@Table(name = "coaching_slot")
public class CoachingSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "coach_person_id")
    private long coachPersonId;

    @Column(name = "starts_at")
    private Instant startsAt;

    private int minutes;

    @Enumerated(EnumType.STRING)
    private CoachingMode mode;

    private String place;

    protected CoachingSlot() {}

    CoachingSlot(long programmeId, long coachPersonId, Instant startsAt, int minutes, CoachingMode mode, String place) {
        this.programmeId = programmeId;
        this.coachPersonId = coachPersonId;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.mode = mode;
        this.place = place;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getCoachPersonId() {
        return coachPersonId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return startsAt.plusSeconds(minutes * 60L);
    }

    public int getMinutes() {
        return minutes;
    }

    public CoachingMode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }
}
