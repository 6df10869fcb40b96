package no.samla.dashboard;

/** Which participants the list behind a figure holds. */
public enum LeaderFilter {
    ALL,
    ACTIVE,
    INACTIVE,
    AT_RISK,
    MISSED_GATHERINGS,
    NO_COACHING,
    OVERDUE;

    public boolean test(ParticipantFacts facts) {
        return switch (this) {
            case ALL -> true;
            case ACTIVE -> facts.work().active();
            case INACTIVE -> !facts.work().active();
            case AT_RISK -> facts.atRisk();
            case MISSED_GATHERINGS -> facts.risks().contains(ParticipantFacts.Risk.MISSED_GATHERINGS);
            case NO_COACHING -> facts.risks().contains(ParticipantFacts.Risk.NO_COACHING);
            case OVERDUE -> facts.work().overdue() > 0;
        };
    }

    /** The address of the list for a programme, optionally one municipality's part of it. */
    public String href(long programmeId, Long municipalityId) {
        return "/dashboards/programmes/" + programmeId + "/leaders?show=" + name()
                + (municipalityId == null ? "" : "&municipality=" + municipalityId);
    }
}
