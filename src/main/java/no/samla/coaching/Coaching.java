package no.samla.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samla.people.People;
import no.samla.programme.ParticipationRole;
import no.samla.programme.Programme;
import no.samla.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual coaching: who coaches whom and how many sessions each participant has, the slots coaches publish, and
 * leaders' bookings of them. A coach of a programme is one of its coordinators or a person with the coach role in
 * it. A slot is booked by at most one active session, which a partial unique index guarantees when two leaders
 * race; a leader's bookings are checked one at a time against their quota, a coach's slots against the day's limit.
 */
@Service
@Transactional(readOnly = true)
public class Coaching {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** Advisory lock spaces: one per kind of person whose rows are counted before a write. */
    private static final int LEADER_LOCK = 1501;

    private static final int COACH_LOCK = 1502;

    private final CoachingAssignmentRepository assignments;
    private final CoachingSlotRepository slots;
    private final CoachingSessionRepository sessions;
    private final People people;
    private final Clock clock;
    private final int maxSessionsPerDay;
    private final Duration cancelDeadline;

    Coaching(
            CoachingAssignmentRepository assignments,
            CoachingSlotRepository slots,
            CoachingSessionRepository sessions,
            People people,
            Clock clock,
            @Value("${samla.coaching.max-sessions-per-day:10}") int maxSessionsPerDay,
            @Value("${samla.coaching.cancel-deadline:24h}") Duration cancelDeadline) {
        this.assignments = assignments;
        this.slots = slots;
        this.sessions = sessions;
        this.people = people;
        this.clock = clock;
        this.maxSessionsPerDay = maxSessionsPerDay;
        this.cancelDeadline = cancelDeadline;
    }

    public int maxSessionsPerDay() {
        return maxSessionsPerDay;
    }

    public Duration cancelDeadline() {
        return cancelDeadline;
    }

    // Who coaches

    /** Whether the person may coach in the programme: one of its coordinators, or with the coach role in it. */
    public boolean canCoach(long personId, Programme programme) {
        return programme.isCoordinatedBy(personId)
                || assignments.hasRole(programme.getId(), personId, ParticipationRole.COACH);
    }

    /** The programmes the person may coach in, newest first. */
    public List<NamedId> programmesCoachedBy(long personId) {
        return assignments.programmesCoachedBy(personId);
    }

    /** Who may be chosen as a coach in the programme: its coordinators and the people with the coach role. */
    public List<NamedId> coachChoices(Programme programme) {
        Map<Long, NamedId> choices = new LinkedHashMap<>();
        assignments.coachesByRole(programme.getId()).forEach(coach -> choices.put(coach.id(), coach));
        List<Long> missing = programme.getCoordinatorIds().stream()
                .filter(id -> !choices.containsKey(id))
                .toList();
        if (!missing.isEmpty()) {
            people.getAll(missing)
                    .forEach(person -> choices.put(person.getId(), new NamedId(person.getId(), person.getFullName())));
        }
        return choices.values().stream()
                .sorted(java.util.Comparator.comparing(
                        NamedId::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nb"))))
                .toList();
    }

    /** A page of the programme's participants with coach, quota and bookings. */
    public Page<AssignmentRow> assignments(long programmeId, Pageable pageable) {
        return assignments.page(programmeId, pageable);
    }

    /**
     * Gives a participant a coach (or none) and their own quota (null: the programme's plan). The coach must be one
     * the programme allows.
     */
    @Transactional
    public void assign(Programme programme, long participantPersonId, Long coachPersonId, Integer quota) {
        if (!assignments.hasRole(programme.getId(), participantPersonId, ParticipationRole.PARTICIPANT)) {
            throw new NotFoundException("Participant", participantPersonId);
        }
        if (coachPersonId != null && !canCoach(coachPersonId, programme)) {
            throw new CoachingRefusedException("coaching.assign.notCoach");
        }
        if (coachPersonId != null && coachPersonId == participantPersonId) {
            throw new CoachingRefusedException("coaching.assign.self");
        }
        if (quota != null && (quota < 0 || quota > 100)) {
            throw new CoachingRefusedException("coaching.assign.quotaRange");
        }
        CoachingAssignment assignment = assignments
                .findByProgrammeIdAndParticipantPersonId(programme.getId(), participantPersonId)
                .orElseGet(() -> new CoachingAssignment(programme.getId(), participantPersonId));
        assignment.assign(coachPersonId, quota);
        assignments.save(assignment);
    }

    // A leader's side

    /** The programmes the person takes part in as a participant, with coach and quota. */
    public List<LeaderProgramme> programmesOf(long leaderPersonId) {
        return assignments.programmesOfParticipant(leaderPersonId);
    }

    /** The leader's coaching in one programme; "not found" unless they take part in it as a participant. */
    public LeaderProgramme programmeOf(long leaderPersonId, long programmeId) {
        return programmesOf(leaderPersonId).stream()
                .filter(programme -> programme.programmeId() == programmeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Programme", programmeId));
    }

    /** Booked sessions that count against the quota: every active one, held or still to come. */
    public long used(long programmeId, long leaderPersonId) {
        return sessions.countActive(programmeId, leaderPersonId);
    }

    /** The leader's sessions in the programme, cancelled ones too, latest first (at most the given number). */
    public List<SessionRow> sessionsOf(long programmeId, long leaderPersonId, int limit) {
        return sessions.ofLeader(programmeId, leaderPersonId, PageRequest.of(0, limit));
    }

    /** The open slots of the leader's coach in the programme, from now on. */
    public Page<CoachingSlot> openSlots(LeaderProgramme programme, Pageable pageable) {
        if (!programme.hasCoach()) {
            return Page.empty(pageable);
        }
        return slots.open(programme.programmeId(), programme.coachPersonId(), clock.instant(), pageable);
    }

    /**
     * Books a slot for a leader. The slot must be their coach's, in a programme they take part in, in the future and
     * free, and the leader must have sessions left of their quota.
     */
    @Transactional
    public CoachingSession book(long leaderPersonId, long slotId) {
        CoachingSlot slot = slots.findById(slotId).orElseThrow(() -> new NotFoundException("Slot", slotId));
        LeaderProgramme programme = leaderProgramme(leaderPersonId, slot);
        return bookChecked(leaderPersonId, programme, slot);
    }

    /** Moves an active booking to another free slot of the same coach, or changes nothing. */
    @Transactional
    public CoachingSession rebook(long leaderPersonId, long sessionId, long newSlotId) {
        CoachingSession session = sessionOfLeader(leaderPersonId, sessionId);
        CoachingSlot slot = slots.findById(newSlotId).orElseThrow(() -> new NotFoundException("Slot", newSlotId));
        LeaderProgramme programme = leaderProgramme(leaderPersonId, slot);
        if (slot.getProgrammeId() != session.getProgrammeId()) {
            throw new NotFoundException("Slot", newSlotId);
        }
        cancelChecked(session, true);
        sessions.flush();
        return bookChecked(leaderPersonId, programme, slot);
    }

    /** Cancels a booking: the leader until the deadline before it starts, the coach at any time before it starts. */
    @Transactional
    public void cancel(long personId, long sessionId) {
        CoachingSession session =
                sessions.findWithSlot(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        boolean leader = session.getLeaderPersonId() == personId;
        if (!leader && session.getCoachPersonId() != personId) {
            throw new NotFoundException("Session", sessionId);
        }
        cancelChecked(session, leader);
    }

    /** The latest a leader may cancel or move a session. */
    public Instant cancelDeadlineOf(Instant startsAt) {
        return startsAt.minus(cancelDeadline);
    }

    private void cancelChecked(CoachingSession session, boolean byLeader) {
        Instant now = clock.instant();
        if (!session.isActive()) {
            throw new CoachingRefusedException("coaching.refused.alreadyCancelled");
        }
        if (!session.getSlot().getStartsAt().isAfter(now)) {
            throw new CoachingRefusedException("coaching.refused.started");
        }
        if (byLeader && now.isAfter(cancelDeadlineOf(session.getSlot().getStartsAt()))) {
            throw new CoachingRefusedException("coaching.refused.deadline", cancelDeadline.toHours());
        }
        session.cancel(now);
    }

    private CoachingSession bookChecked(long leaderPersonId, LeaderProgramme programme, CoachingSlot slot) {
        if (!slot.getStartsAt().isAfter(clock.instant())) {
            throw new CoachingRefusedException("coaching.refused.past");
        }
        // One booking at a time per leader, so that two at once cannot both fit under the quota.
        assignments.lock(LEADER_LOCK, leaderPersonId);
        long used = sessions.countActive(programme.programmeId(), leaderPersonId);
        if (used >= programme.quota()) {
            throw new CoachingRefusedException("coaching.refused.quota", programme.quota());
        }
        if (sessions.slotTaken(slot.getId())) {
            throw new CoachingRefusedException("coaching.refused.taken");
        }
        Instant dayStart = dayStart(slot.getStartsAt());
        if (sessions.countOfCoachBetween(slot.getCoachPersonId(), dayStart, dayStart.plus(Duration.ofDays(1)))
                >= maxSessionsPerDay) {
            throw new CoachingRefusedException("coaching.refused.dayFull", maxSessionsPerDay);
        }
        try {
            return sessions.saveAndFlush(new CoachingSession(slot, leaderPersonId, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // Another leader's booking of the same slot committed first: the partial unique index said no.
            throw new CoachingRefusedException("coaching.refused.taken");
        }
    }

    private LeaderProgramme leaderProgramme(long leaderPersonId, CoachingSlot slot) {
        return programmesOf(leaderPersonId).stream()
                .filter(programme -> programme.programmeId() == slot.getProgrammeId()
                        && programme.coachPersonId() != null
                        && programme.coachPersonId() == slot.getCoachPersonId())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Slot", slot.getId()));
    }

    private CoachingSession sessionOfLeader(long leaderPersonId, long sessionId) {
        return sessions.findWithSlot(sessionId)
                .filter(session -> session.getLeaderPersonId() == leaderPersonId)
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    // A coach's side

    /**
     * Publishes a slot on a date and time in Europe/Oslo. It must be in the future, not overlap another of the
     * coach's slots, and keep the coach's day within the most sessions a coach may have in a day.
     */
    @Transactional
    public CoachingSlot publish(
            long coachPersonId,
            Programme programme,
            LocalDate date,
            LocalTime time,
            int minutes,
            CoachingMode mode,
            String place) {
        if (!canCoach(coachPersonId, programme)) {
            throw new NotFoundException("Programme", programme.getId());
        }
        Instant startsAt = ZonedDateTime.of(date, time, OSLO).toInstant();
        if (!startsAt.isAfter(clock.instant())) {
            throw CoachingRefusedException.onField("date", "coaching.slot.past");
        }
        assignments.lock(COACH_LOCK, coachPersonId);
        Instant dayStart = dayStart(startsAt);
        if (slots.countOfCoachBetween(coachPersonId, dayStart, dayStart.plus(Duration.ofDays(1)))
                >= maxSessionsPerDay) {
            throw CoachingRefusedException.onField("date", "coaching.slot.dayFull", maxSessionsPerDay);
        }
        if (slots.overlaps(coachPersonId, startsAt, startsAt.plusSeconds(minutes * 60L))) {
            throw CoachingRefusedException.onField("time", "coaching.slot.overlaps");
        }
        String where = place == null || place.isBlank() ? null : place.strip();
        return slots.save(new CoachingSlot(programme.getId(), coachPersonId, startsAt, minutes, mode, where));
    }

    /** Withdraws a slot nobody has ever booked; a booked one is cancelled instead, so the leader's history stays. */
    @Transactional
    public void withdraw(long coachPersonId, long slotId) {
        CoachingSlot slot = slots.findById(slotId)
                .filter(found -> found.getCoachPersonId() == coachPersonId)
                .orElseThrow(() -> new NotFoundException("Slot", slotId));
        if (slots.everBooked(slotId)) {
            throw new CoachingRefusedException("coaching.slot.hasBookings");
        }
        slots.delete(slot);
    }

    /**
     * Records a session that took place before it was in Samla (arranged by phone or e-mail) for a leader the person
     * coaches, so that the leader's quota and history are right. It counts against the quota like a booking.
     */
    @Transactional
    public CoachingSession recordHeld(
            long coachPersonId,
            long leaderPersonId,
            long programmeId,
            Instant startsAt,
            int minutes,
            CoachingMode mode,
            String place) {
        LeaderProgramme programme = programmeOf(leaderPersonId, programmeId);
        if (programme.coachPersonId() == null || programme.coachPersonId() != coachPersonId) {
            throw new NotFoundException("Participant", leaderPersonId);
        }
        if (startsAt.isAfter(clock.instant())) {
            throw new CoachingRefusedException("coaching.record.future");
        }
        assignments.lock(LEADER_LOCK, leaderPersonId);
        if (sessions.countActive(programmeId, leaderPersonId) >= programme.quota()) {
            throw new CoachingRefusedException("coaching.refused.quota", programme.quota());
        }
        CoachingSlot slot = slots.save(new CoachingSlot(programmeId, coachPersonId, startsAt, minutes, mode, place));
        return sessions.saveAndFlush(new CoachingSession(slot, leaderPersonId, clock.instant()));
    }

    /** The coach's upcoming slots (or past ones, latest first), with who booked each. */
    public Page<SlotRow> slotsOf(long coachPersonId, boolean past, Pageable pageable) {
        Instant now = clock.instant();
        return past
                ? slots.pastOfCoach(coachPersonId, now, pageable)
                : slots.upcomingOfCoach(coachPersonId, now, pageable);
    }

    // Both sides

    /** The session if the person is its leader or its coach; "not found" for everyone else. */
    public CoachingSession sessionFor(long personId, long sessionId) {
        return sessions.findWithSlot(sessionId)
                .filter(session -> session.getLeaderPersonId() == personId || session.getCoachPersonId() == personId)
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    /** Names of people by id, for a page that shows a session's leader and coach. */
    public Map<Long, String> names(List<Long> personIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        people.getAll(new ArrayList<>(personIds)).forEach(person -> names.put(person.getId(), person.getFullName()));
        return names;
    }

    private static Instant dayStart(Instant at) {
        return at.atZone(OSLO).toLocalDate().atStartOfDay(OSLO).toInstant();
    }
}
