package no.samla.innovation.pitch;

import org.springframework.security.access.AccessDeniedException;

/** A panel member may not score a case from their own municipality. */
public class OwnMunicipalityException extends AccessDeniedException {

    private final transient ScoreSheet sheet;

    public OwnMunicipalityException(ScoreSheet sheet) {
        super("A panel member does not score a case from their own municipality");
        this.sheet = sheet;
    }

    public ScoreSheet sheet() {
        return sheet;
    }
}
