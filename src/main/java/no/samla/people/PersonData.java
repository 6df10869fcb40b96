package no.samla.people;

/** What is entered about a person; e-mail is stored as typed and compared without case. */
public record PersonData(
        String fullName,
        String email,
        String phone,
        String title,
        Long municipalityId,
        Long providerOrganisationId,
        String unit,
        Sector sector) {}
