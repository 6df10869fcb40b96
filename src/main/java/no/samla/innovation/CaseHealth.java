package no.samla.innovation;

/** The team's own traffic light for the case; amber and red must say why. */
public enum CaseHealth {
    GREEN,
    AMBER,
    RED
}
