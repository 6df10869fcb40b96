package no.samla.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A participant's coach in one programme and, when set, their own quota of sessions. */
@Entity
@Table(name = "coaching_assignment")
class CoachingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "participant_person_id")
    private long participantPersonId;

    @Column(name = "coach_person_id")
    private Long coachPersonId;

    private Integer quota;

    @Version
    private long version;

    protected CoachingAssignment() {}

    CoachingAssignment(long programmeId, long participantPersonId) {
        this.programmeId = programmeId;
        this.participantPersonId = participantPersonId;
    }

    void assign(Long coachPersonId, Integer quota) {
        this.coachPersonId = coachPersonId;
        this.quota = quota;
    }

    Long getCoachPersonId() {
        return coachPersonId;
    }

    Integer getQuota() {
        return quota;
    }
}
