/**
 * Progress dashboards: a municipality's figures per programme, a coordinator's overview of their programmes with the
 * leaders at risk, the admin's installation-wide counts, the lists behind every figure, and each table as CSV and XLSX.
 * Counts, rates and dates only, read with aggregate queries from the modules; never anyone's text.
 */
package no.samla.dashboard;
