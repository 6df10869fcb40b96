package no.samla.people;

/** What an account may do in Samla. */
public enum Role {
    ADMIN,
    COORDINATOR,
    /** Bound to one municipality: sees and manages that municipality only. */
    MUNICIPALITY_ADMIN,
    LEADER;

    public String authority() {
        return "ROLE_" + name();
    }
}
