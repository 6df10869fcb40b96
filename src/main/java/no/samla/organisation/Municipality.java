package no.samla.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/**
 * A municipality (kommune) with its official number, reference data loaded by a migration, and its written language,
 * which only its admin or the admin changes.
 */
@Entity
@Table(name = "municipality")
@Immutable
public class Municipality {

    @Id
    private Long id;

    private String number;
    private String name;

    /** The official written language (målform): "nb" for bokmål or "nn" for nynorsk. */
    @Column(name = "written_language")
    private String writtenLanguage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id")
    private County county;

    protected Municipality() {}

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getWrittenLanguage() {
        return writtenLanguage;
    }

    /** The written language as a locale for messages and document properties. */
    public Locale getWrittenLocale() {
        return Locale.forLanguageTag(writtenLanguage);
    }

    public County getCounty() {
        return county;
    }

    /** Number and name, the way Norwegians refer to a municipality in lists: "3301 Drammen". */
    public String getLabel() {
        return number + " " + name;
    }
}
