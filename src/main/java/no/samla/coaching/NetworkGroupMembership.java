package no.samla.coaching;

/**
 * Whether two people sit in the same network group of a programme. The network group module implements it; until
 * an implementation exists, a development project shared with "my network group" is read by no one but its owner
 * (and whoever else it is shared with).
 */
public interface NetworkGroupMembership {

    boolean sameGroup(long programmeId, long personId, long otherPersonId);
}
