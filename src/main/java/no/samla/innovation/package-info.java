/** Innovation cases (innovasjonscase) that follow the service-innovation roadmap phase by phase, with their board. */
package no.samla.innovation;
