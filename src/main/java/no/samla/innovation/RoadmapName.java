package no.samla.innovation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A roadmap phase's or step's name in bokmål, nynorsk and English, kept as three columns a provider can edit. */
@Embeddable
public class RoadmapName {

    @Column(name = "name_nb")
    private String nb;

    @Column(name = "name_nn")
    private String nn;

    @Column(name = "name_en")
    private String en;

    protected RoadmapName() {}

    /** The name in the reader's language: nynorsk or English when asked for, bokmål otherwise. */
    public String in(Locale locale) {
        if (locale == null) {
            return nb;
        }
        return switch (locale.getLanguage()) {
            case "nn" -> nn;
            case "en" -> en;
            default -> nb;
        };
    }
}
