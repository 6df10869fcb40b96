/**
 * What every module tells about the personal data it keeps, so that one place can export a person's data, erase it,
 * and run the installation's retention rules without knowing the modules' tables.
 */
package no.samla.system.privacy;
