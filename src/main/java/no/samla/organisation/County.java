package no.samla.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A county (fylke); reference data loaded by a migration. */
@Entity
@Table(name = "county")
@Immutable
public class County {

    @Id
    private Long id;

    private String number;
    private String name;

    protected County() {}

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }
}
