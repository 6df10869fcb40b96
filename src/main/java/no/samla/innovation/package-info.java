/** Innovation cases (innovasjonscase) along the service-innovation roadmap, with their board, and the home visits that train them. */
package no.samla.innovation;
