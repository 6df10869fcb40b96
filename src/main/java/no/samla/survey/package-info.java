/**
 * Surveys and self-assessments of a programme: a coordinator builds a survey (from a built-in instrument or empty),
 * sends it in rounds before and after the programme, leaders answer each round once under a pseudonymous key, and the
 * results show per factor means, distributions and the change from before to after with a confidence interval, never
 * for a group of fewer than three.
 */
package no.samla.survey;
