package no.samla.platform;

import java.time.LocalDate;

/** A platform in its programme's list: for whom, how many principles and versions, and when it was adopted. */
public record PlatformRow(
        long id, Long municipalityId, String municipalityName, long principles, long versions, LocalDate adoptedOn) {}
