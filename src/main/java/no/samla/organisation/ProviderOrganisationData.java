package no.samla.organisation;

/** What an admin enters about a provider organisation. */
public record ProviderOrganisationData(
        String name, ProviderKind kind, String orgNumber, String email, String website) {}
