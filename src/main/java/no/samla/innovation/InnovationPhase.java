package no.samla.innovation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One phase of the roadmap, as the migration (or a provider) defines it; its name in each language. */
@Entity
@Table(name = "innovation_phase")
public class InnovationPhase {

    @Id
    private Long id;

    private String code;

    @Column(name = "sort_order")
    private int sortOrder;

    @Embedded
    private RoadmapName name;

    protected InnovationPhase() {}

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
