package no.samla.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One municipality's leadership team taking part as a unit (ledergruppe). */
@Entity
@Table(name = "leader_group")
public class LeaderGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_municipality_id")
    private ProgrammeMunicipality programmeMunicipality;

    private String name;

    protected LeaderGroup() {}

    LeaderGroup(ProgrammeMunicipality programmeMunicipality, String name) {
        this.programmeMunicipality = programmeMunicipality;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public ProgrammeMunicipality getProgrammeMunicipality() {
        return programmeMunicipality;
    }

    public String getName() {
        return name;
    }
}
