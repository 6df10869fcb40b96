/**
 * Generated data at national scale: fills a database with a deterministic, realistic installation (all
 * municipalities, thousands of leaders and programmes, hundreds of thousands of log entries) straight through SQL, to
 * show that the pages stay fast. Run with the Spring profile {@code generate}; tests use the small size.
 */
package no.samla.generator;
