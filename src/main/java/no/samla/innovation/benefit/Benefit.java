package no.samla.innovation.benefit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A benefit an innovation case is to realise: an indicator measured from a baseline towards a target. */
@Entity
@Table(name = "innovation_benefit")
public class Benefit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_type")
    private BenefitType type;

    private String indicator;

    private String unit;

    @Column(name = "baseline_value")
    private BigDecimal baselineValue;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "owner_person_id")
    private long ownerPersonId;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Benefit() {}

    Benefit(long caseId, BenefitData data, Instant now) {
        this.caseId = caseId;
        this.createdAt = now;
        describe(data, now);
    }

    void describe(BenefitData data, Instant now) {
        this.title = data.title().strip();
        this.type = data.type();
        this.indicator = data.indicator().strip();
        this.unit = data.unit().strip();
        this.baselineValue = data.baselineValue();
        this.baselineDate = data.baselineDate();
        this.targetValue = data.targetValue();
        this.targetDate = data.targetDate();
        this.ownerPersonId = data.ownerPersonId();
        this.frequency = data.frequency();
        this.updatedAt = now;
    }

    public BenefitData data() {
        return new BenefitData(
                title,
                type,
                indicator,
                unit,
                baselineValue,
                baselineDate,
                targetValue,
                targetDate,
                ownerPersonId,
                frequency);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getTitle() {
        return title;
    }

    public BenefitType getType() {
        return type;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public long getOwnerPersonId() {
        return ownerPersonId;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public long getVersion() {
        return version;
    }
}
