package no.samla.people;

/** The municipal sector a leader works in. */
public enum Sector {
    HEALTH_AND_CARE,
    EDUCATION,
    TECHNICAL,
    CULTURE,
    STAFF_AND_SUPPORT,
    NAV,
    OTHER
}
