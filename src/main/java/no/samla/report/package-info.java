/**
 * The programme evaluation report: one document per programme, or per municipality in a programme, that pulls together
 * what the other modules know (gathering evaluations, attendance, activity, survey change). Modules contribute their
 * part through {@link no.samla.report.ReportContributor}; this module renders the page and the PDF and knows none of
 * them.
 */
package no.samla.report;
