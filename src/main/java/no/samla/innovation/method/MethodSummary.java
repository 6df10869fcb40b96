package no.samla.innovation.method;

/** How many of each method tool a case has, for its page. */
public record MethodSummary(long journeys, long whyAnalyses, long ideas, long shortlisted) {}
