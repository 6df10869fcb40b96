package no.samla.networkgroup;

/**
 * One participant as the composition sees them. Any attribute may be unknown (null); unknown values never count
 * as shared. {@code managerId} is the person's own manager, if they have one in the data.
 */
public record Candidate(
        long personId,
        String name,
        String sector,
        String unit,
        String title,
        Long municipalityId,
        String municipalityName,
        Long leaderGroupId,
        String leaderGroupName,
        Long managerId) {

    /** Whether one of the two is the other's own manager. */
    public boolean managerOf(Candidate other) {
        return managerId != null && managerId == other.personId
                || other.managerId != null && other.managerId == personId;
    }
}
