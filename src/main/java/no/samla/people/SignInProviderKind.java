package no.samla.people;

/** The OpenID Connect services Norwegian municipalities and their partners sign in with. */
public enum SignInProviderKind {
    ENTRA_ID,
    ANSATTPORTEN,
    FEIDE,
    OTHER
}
