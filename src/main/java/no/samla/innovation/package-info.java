/** Innovation cases along the service-innovation roadmap, and the home visits that train them. */
package no.samla.innovation;
