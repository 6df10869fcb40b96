/**
 * Evaluations of gatherings and of a whole programme: the coordinator's setup, leaders' (by default anonymous)
 * answers, results with the rule of at least three answers, and exports.
 */
package no.samla.evaluation;
