package no.samla.report;

/**
 * What a report covers: a whole programme, or one municipality's participants in it ({@code municipalityId} set).
 */
public record ReportScope(long programmeId, Long municipalityId) {

    public static ReportScope programme(long programmeId) {
        return new ReportScope(programmeId, null);
    }

    public static ReportScope municipality(long programmeId, long municipalityId) {
        return new ReportScope(programmeId, municipalityId);
    }

    public boolean wholeProgramme() {
        return municipalityId == null;
    }
}
