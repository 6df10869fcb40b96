package no.samla.demo;

import no.samla.people.Sector;

/** One leader of the demo data, identified by the municipality's official number. */
record DemoLeader(String name, String email, String title, String municipalityNumber, String unit, Sector sector) {}
