/**
 * A person's rights over their data (GDPR articles 15, 17 and 20) and the installation's storage limits: the export
 * of everything Samla keeps about a person as JSON and PDF, erasure with a preview, and the retention rules run every
 * night. The modules say what they keep through {@link no.samla.system.privacy.PersonalDataHolder} and
 * {@link no.samla.system.privacy.RetentionRule}; this module knows none of their tables.
 */
package no.samla.privacy;
