package no.samla.innovation;

/**
 * What a case says about itself. A stopped case needs a reason, and so does amber or red health; blank reasons are
 * stored as none.
 */
public record CaseData(
        String title,
        String need,
        String targetGroup,
        String goals,
        CaseStatus status,
        String statusReason,
        CaseHealth health,
        String healthReason) {

    public CaseData {
        title = strip(title);
        need = strip(need);
        targetGroup = strip(targetGroup);
        goals = strip(goals);
        statusReason = strip(statusReason);
        healthReason = strip(healthReason);
    }

    public boolean lacksStatusReason() {
        return status == CaseStatus.STOPPED && statusReason == null;
    }

    public boolean lacksHealthReason() {
        return health != null && health != CaseHealth.GREEN && healthReason == null;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
