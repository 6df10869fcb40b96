package no.samla.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality taking part in a programme. */
@Entity
@Table(name = "programme_municipality")
public class ProgrammeMunicipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "municipality_id")
    private long municipalityId;

    protected ProgrammeMunicipality() {}

    ProgrammeMunicipality(long programmeId, long municipalityId) {
        this.programmeId = programmeId;
        this.municipalityId = municipalityId;
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
}
