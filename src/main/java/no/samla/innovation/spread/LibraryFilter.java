package no.samla.innovation.spread;

import no.samla.innovation.CaseStatus;

/** What the library is narrowed to: words in a case's texts, its phase, status, municipality and programme. */
public record LibraryFilter(String query, Long phaseId, CaseStatus status, Long municipalityId, Long programmeId) {

    /** The longest search text taken; longer text is cut. */
    public static final int QUERY_MAX = 200;

    /** The search words without surrounding space, at most {@link #QUERY_MAX} characters; null when there are none. */
    public String normalisedQuery() {
        if (query == null || query.isBlank()) {
            return null;
        }
        String text = query.strip();
        return text.length() > QUERY_MAX ? text.substring(0, QUERY_MAX) : text;
    }
}
