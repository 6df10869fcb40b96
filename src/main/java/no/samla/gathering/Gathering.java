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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
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

    @Version
    private long version;

    protected Gathering() {}

    Gathering(long programmeId, GatheringData data) {
        this.programmeId = programmeId;
        update(data);
    }

    void update(GatheringData data) {
        this.number = data.number();
        this.title = data.title();
        this.theme = data.theme();
        this.format = data.format();
        this.startDate = data.startDate();
        this.agendaOutline = data.agendaOutline();
        this.startTime = data.startTime();
        this.endTime = data.endTime();
        this.venue = data.venue() == null || data.venue().isEmpty() ? null : data.venue();
        this.videoLink = data.videoLink();
        this.facilitatorIds.clear();
        this.facilitatorIds.addAll(data.facilitatorIds());
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

    public long getVersion() {
        return version;
    }
}
