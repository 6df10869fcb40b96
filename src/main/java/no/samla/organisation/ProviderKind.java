package no.samla.organisation;

/** What kind of organisation provides a programme. */
public enum ProviderKind {
    CONSULTANCY,
    REGIONAL_NETWORK,
    ASSOCIATION,
    MUNICIPAL_UNIT,
    OTHER
}
