package no.samla.innovation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One step of a roadmap phase, ticked per case by its team. */
@Entity
@Table(name = "innovation_step")
public class InnovationStep {

    @Id
    private Long id;

    @Column(name = "phase_id")
    private long phaseId;

    @Column(name = "sort_order")
    private int sortOrder;

    @Embedded
    private RoadmapName name;

    protected InnovationStep() {}

    public Long getId() {
        return id;
    }

    public long getPhaseId() {
        return phaseId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
