package no.samla.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A leader's booking of a coach's slot, with the notes both of them may read. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id")
    private CoachingSlot slot;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "leader_person_id")
    private long leaderPersonId;

    @Column(name = "coach_person_id")
    private long coachPersonId;

    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.BOOKED;

    @Column(name = "booked_at")
    private Instant bookedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "shared_notes")
    private String sharedNotes;

    @Version
    private long version;

    protected CoachingSession() {}

    CoachingSession(CoachingSlot slot, long leaderPersonId, Instant bookedAt) {
        this.slot = slot;
        this.programmeId = slot.getProgrammeId();
        this.coachPersonId = slot.getCoachPersonId();
        this.leaderPersonId = leaderPersonId;
        this.bookedAt = bookedAt;
    }

    void cancel(Instant at) {
        this.status = SessionStatus.CANCELLED;
        this.cancelledAt = at;
    }

    void writeSharedNotes(String text) {
        this.sharedNotes = text;
    }

    public Long getId() {
        return id;
    }

    public CoachingSlot getSlot() {
        return slot;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getLeaderPersonId() {
        return leaderPersonId;
    }

    public long getCoachPersonId() {
        return coachPersonId;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == SessionStatus.BOOKED;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getSharedNotes() {
        return sharedNotes;
    }

    public long getVersion() {
        return version;
    }
}
