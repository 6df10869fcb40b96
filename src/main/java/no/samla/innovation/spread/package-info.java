/**
 * Spread of innovation cases: the library of cases across programmes, municipalities that follow a case or have
 * taken it into use, and each municipality's choice whether its cases are shared. Its facade is part of the
 * innovation module's API (the demo data records spread through it).
 */
@org.springframework.modulith.NamedInterface("spread")
package no.samla.innovation.spread;
