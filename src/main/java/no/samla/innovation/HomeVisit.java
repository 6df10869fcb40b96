package no.samla.innovation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** The coordinators' visit to one municipality in a programme, to train and trim its innovation case. */
@Entity
@Table(name = "home_visit")
public class HomeVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "municipality_id")
    private long municipalityId;

    @Column(name = "visit_date")
    private LocalDate date;

    // Local wall-clock times: without this Hibernate shifts them by the JDBC time zone (UTC).
    @Column(name = "start_time")
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime startTime;

    @Column(name = "end_time")
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime endTime;

    private String place;

    private String agenda;

    private String notes;

    @Column(name = "notes_written_at")
    private Instant notesWrittenAt;

    @Enumerated(EnumType.STRING)
    private HomeVisitStatus status;

    @Column(name = "calendar_sequence")
    private int calendarSequence;

    @Column(name = "calendar_changed_at")
    private Instant calendarChangedAt;

    @Column(name = "created_by_person_id")
    private long createdByPersonId;

    @Column(name = "created_at")
    private Instant createdAt;

    // Read with the visit: its forms are filled after the facade's transaction has ended.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "home_visit_participant", joinColumns = @JoinColumn(name = "home_visit_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    @Version
    private long version;

    protected HomeVisit() {}

    HomeVisit(long programmeId, long municipalityId, HomeVisitData data, long createdByPersonId, Instant now) {
        this.programmeId = programmeId;
        this.municipalityId = municipalityId;
        this.status = HomeVisitStatus.SCHEDULED;
        this.createdByPersonId = createdByPersonId;
        this.createdAt = now;
        this.calendarChangedAt = now;
        apply(data);
    }

    /** Takes the new details; a new time or place raises the calendar sequence so that calendars take it. */
    void change(HomeVisitData data, Instant now) {
        boolean moved = !Objects.equals(date, data.date())
                || !Objects.equals(startTime, data.startTime())
                || !Objects.equals(endTime, data.endTime())
                || !Objects.equals(place, data.place());
        apply(data);
        if (moved) {
            calendarSequence++;
        }
        calendarChangedAt = now;
    }

    void writeNotes(String notes, Instant now) {
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.notesWrittenAt = this.notes == null ? null : now;
    }

    void cancel(Instant now) {
        status = HomeVisitStatus.CANCELLED;
        calendarSequence++;
        calendarChangedAt = now;
    }

    private void apply(HomeVisitData data) {
        this.date = data.date();
        this.startTime = data.startTime();
        this.endTime = data.endTime();
        this.place = data.place().strip();
        this.agenda = data.agenda() == null || data.agenda().isBlank()
                ? null
                : data.agenda().strip();
        this.personIds.clear();
        this.personIds.addAll(data.personIds());
    }

    public HomeVisitData data() {
        return new HomeVisitData(date, startTime, endTime, place, agenda, personIds);
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getNotesWrittenAt() {
        return notesWrittenAt;
    }

    public HomeVisitStatus getStatus() {
        return status;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public Set<Long> getPersonIds() {
        return Set.copyOf(personIds);
    }

    public long getVersion() {
        return version;
    }
}
