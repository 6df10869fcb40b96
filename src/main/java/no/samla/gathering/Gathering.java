package no.samla.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
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

    // Read as plain local times: with hibernate.jdbc.time_zone=UTC the default mapping of a time column
    // would shift it by the JVM's offset from UTC.
    @Column(name = "start_time", insertable = false, updatable = false)
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime startTime;

    @Column(name = "end_time", insertable = false, updatable = false)
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime endTime;

    @Column(name = "agenda_outline")
    private String agendaOutline;

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
    }

    public GatheringData data() {
        return new GatheringData(number, title, theme, format, startDate, agendaOutline);
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

    /** When the first day starts (local time, Europe/Oslo). */
    public LocalTime getStartTime() {
        return startTime;
    }

    /** When the last day ends (local time, Europe/Oslo). */
    public LocalTime getEndTime() {
        return endTime;
    }

    public String getAgendaOutline() {
        return agendaOutline;
    }

    public long getVersion() {
        return version;
    }
}
