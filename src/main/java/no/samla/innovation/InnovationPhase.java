package no.samla.innovation;

import jakarta.persistence.Column;
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

    @Column(name = "name_nb")
    private String nameNb;

    @Column(name = "name_nn")
    private String nameNn;

    @Column(name = "name_en")
    private String nameEn;

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

    /** The name in the reader's language: nynorsk or English when asked for, bokmål otherwise. */
    public String name(Locale locale) {
        return Names.pick(locale, nameNb, nameNn, nameEn);
    }
}
