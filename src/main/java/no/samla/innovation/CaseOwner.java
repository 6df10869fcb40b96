package no.samla.innovation;

/** The one owner of a case: the id of a leader group, a municipality or a person, by kind. */
public record CaseOwner(OwnerKind kind, long id) {}
