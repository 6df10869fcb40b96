package no.samla.people;

/** One line of the people list: the person with the name of their organisation. */
public record PersonRow(
        Long id,
        String fullName,
        String email,
        String title,
        String municipalityName,
        String providerName,
        Sector sector,
        Long accountId) {

    public String organisationName() {
        return municipalityName != null ? municipalityName : providerName;
    }
}
