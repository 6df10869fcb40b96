package no.samla.networkgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** A network group's meeting between two gatherings; without a facilitator the group runs it itself. */
@Entity
@Table(name = "network_meeting")
public class NetworkMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_group_id")
    private long networkGroupId;

    @Column(name = "programme_id")
    private long programmeId;

    private int number;

    @Column(name = "meeting_date")
    private LocalDate date;

    // Local wall-clock times: without this Hibernate shifts them by the JDBC time zone (UTC).
    @Column(name = "start_time")
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime startTime;

    @Column(name = "end_time")
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime endTime;

    @Enumerated(EnumType.STRING)
    private MeetingMode mode;

    private String location;

    @Column(name = "facilitator_person_id")
    private Long facilitatorPersonId;

    private String focus;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    /** Grows with every change of time or place and with cancelling: the iCalendar SEQUENCE. */
    @Column(name = "calendar_sequence")
    private int calendarSequence;

    @Column(name = "calendar_changed_at")
    private Instant calendarChangedAt;

    @Version
    private long version;

    protected NetworkMeeting() {}

    NetworkMeeting(long networkGroupId, long programmeId, int number, MeetingData data, Instant now) {
        this.networkGroupId = networkGroupId;
        this.programmeId = programmeId;
        this.number = number;
        this.status = MeetingStatus.PLANNED;
        apply(data, now);
    }

    void apply(MeetingData data, Instant now) {
        boolean moved = !Objects.equals(date, data.date())
                || !Objects.equals(startTime, data.startTime())
                || !Objects.equals(endTime, data.endTime())
                || mode != data.mode()
                || !Objects.equals(location, data.location());
        if (moved && id != null) {
            calendarSequence++;
        }
        this.date = data.date();
        this.startTime = data.startTime();
        this.endTime = data.endTime();
        this.mode = data.mode();
        this.location = data.location();
        this.facilitatorPersonId = data.facilitatorPersonId();
        this.calendarChangedAt = now;
    }

    void cancel(Instant now) {
        if (status != MeetingStatus.CANCELLED) {
            status = MeetingStatus.CANCELLED;
            calendarSequence++;
            calendarChangedAt = now;
        }
    }

    void focus(String focus, Instant now) {
        this.focus = focus;
        this.calendarChangedAt = now;
    }

    void renumber(int number) {
        this.number = number;
    }

    public Long getId() {
        return id;
    }

    public long getNetworkGroupId() {
        return networkGroupId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getNumber() {
        return number;
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

    public MeetingMode getMode() {
        return mode;
    }

    public String getLocation() {
        return location;
    }

    public Long getFacilitatorPersonId() {
        return facilitatorPersonId;
    }

    public boolean isSelfRunning() {
        return facilitatorPersonId == null;
    }

    public String getFocus() {
        return focus;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public Instant getCalendarChangedAt() {
        return calendarChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
