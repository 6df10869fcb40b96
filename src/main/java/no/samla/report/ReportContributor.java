package no.samla.report;

import java.util.Locale;
import java.util.Optional;

/**
 * A section of the programme evaluation report that a module contributes. The report has already checked that the
 * reader may see the report for the scope; a contributor must still show only counts, rates and results that respect
 * the rule of a minimum group size, never the content of anyone's answers, reflections or notes, and must run a fixed
 * number of statements whatever the programme's size.
 */
public interface ReportContributor {

    /** Lower comes first. */
    int order();

    /** This contributor's section for the scope, with texts already in {@code locale}, or empty when it has nothing. */
    Optional<ReportSection> section(ReportScope scope, Locale locale);
}
