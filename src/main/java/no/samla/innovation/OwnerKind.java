package no.samla.innovation;

/** Who owns a case: exactly one leader group, municipality or leader of the programme. */
public enum OwnerKind {
    LEADER_GROUP,
    MUNICIPALITY,
    LEADER
}
