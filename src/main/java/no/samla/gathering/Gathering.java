package no.samla.gathering;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** A gathering of a programme. */
@Entity
@Table(name = "gathering")
public class Gathering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    private int number;
    private String title;
    private String theme;

    @Enumerated(EnumType.STRING)
    private GatheringFormat format;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "agenda_outline")
    private String agendaOutline;

    // Local wall-clock times: without this Hibernate shifts them by the JDBC time zone (UTC).
    @Column(name = "start_time")
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime startTime;

    @Column(name = "end_time")
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime endTime;

    @Embedded
    private Venue venue;

    @Column(name = "video_link")
    private String videoLink;

    @ElementCollection
    @CollectionTable(name = "gathering_facilitator", joinColumns = @JoinColumn(name = "gathering_id"))
    @Column(name = "person_id")
    private Set<Long> facilitatorIds = new HashSet<>();

    /** Grows with every change of time or place: the iCalendar SEQUENCE. */
    @Column(name = "calendar_sequence")
    private int calendarSequence;

    /** When anything a calendar shows last changed: LAST-MODIFIED. */
    @Column(name = "calendar_changed_at")
    private Instant calendarChangedAt;

    @Version
    private long version;

    protected Gathering() {}

    Gathering(long programmeId, GatheringData data, Instant now) {
        this.programmeId = programmeId;
        update(data, now);
    }

    void update(GatheringData data, Instant now) {
        Venue newVenue = data.venue() == null || data.venue().isEmpty() ? null : data.venue();
        if (id != null && movesInCalendar(data, newVenue)) {
            calendarSequence++;
        }
        this.calendarChangedAt = now;
        this.number = data.number();
        this.title = data.title();
        this.theme = data.theme();
        this.format = data.format();
        this.startDate = data.startDate();
        this.agendaOutline = data.agendaOutline();
        this.startTime = data.startTime();
        this.endTime = data.endTime();
        this.venue = newVenue;
        this.videoLink = data.videoLink();
        this.facilitatorIds.clear();
        this.facilitatorIds.addAll(data.facilitatorIds());
    }

    /** Whether the change moves the gathering in time or place; its title or theme do not. */
    private boolean movesInCalendar(GatheringData data, Venue newVenue) {
        Venue oldPlace = getVenue();
        Venue newPlace = newVenue == null ? Venue.none() : newVenue;
        return !Objects.equals(startDate, data.startDate())
                || format != data.format()
                || !Objects.equals(startTime, data.startTime())
                || !Objects.equals(endTime, data.endTime())
                || !Objects.equals(videoLink, data.videoLink())
                || !Objects.equals(oldPlace.name(), newPlace.name())
                || !Objects.equals(oldPlace.address(), newPlace.address())
                || !Objects.equals(oldPlace.room(), newPlace.room());
    }

    public GatheringData data() {
        return new GatheringData(
                number,
                title,
                theme,
                format,
                startDate,
                agendaOutline,
                startTime,
                endTime,
                getVenue(),
                videoLink,
                Set.copyOf(facilitatorIds));
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getTheme() {
        return theme;
    }

    public GatheringFormat getFormat() {
        return format;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return startDate.plusDays(format.calendarDays() - 1L);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    /** When the gathering starts and ends, in Oslo's local time. */
    public LocalDateTime getStartsAt() {
        return startDate.atTime(startTime);
    }

    public LocalDateTime getEndsAt() {
        return getEndDate().atTime(endTime);
    }

    public Venue getVenue() {
        return venue == null ? Venue.none() : venue;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public Set<Long> getFacilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }

    Set<Long> facilitatorIdsForLoading() {
        return facilitatorIds;
    }

    public String getAgendaOutline() {
        return agendaOutline;
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
