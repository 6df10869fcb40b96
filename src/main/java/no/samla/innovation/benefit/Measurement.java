package no.samla.innovation.benefit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A value of a benefit's indicator measured on a date, and who recorded it. */
@Entity
@Table(name = "innovation_benefit_measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "benefit_id")
    private long benefitId;

    @Column(name = "measured_on")
    private LocalDate measuredOn;

    @Column(name = "measured_value")
    private BigDecimal value;

    private String comment;

    @Column(name = "recorded_by_person_id")
    private long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected Measurement() {}

    Measurement(long benefitId, MeasurementData data, long recordedBy, Instant now) {
        this.benefitId = benefitId;
        this.recordedBy = recordedBy;
        change(data, now);
    }

    void change(MeasurementData data, Instant now) {
        this.measuredOn = data.measuredOn();
        this.value = data.value();
        this.comment = data.comment() == null || data.comment().isBlank()
                ? null
                : data.comment().strip();
        this.recordedAt = now;
    }

    public MeasurementData data() {
        return new MeasurementData(measuredOn, value, comment);
    }

    public Long getId() {
        return id;
    }

    public long getBenefitId() {
        return benefitId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getComment() {
        return comment;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
