package no.samla.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.samla.organisation.ProviderKind;
import no.samla.organisation.ProviderOrganisation;
import no.samla.organisation.ProviderOrganisationData;

/** A provider organisation as the admin form shows it. */
record ProviderForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull ProviderKind kind,
        @Pattern(regexp = "^$|^[0-9]{9}$") String orgNumber,
        @Email @Size(max = 254) String email,

        @Size(max = 300) @Pattern(regexp = "^$|^https?://\\S+$")
        String website,

        @NotNull Long version) {

    static ProviderForm empty() {
        return new ProviderForm("", ProviderKind.CONSULTANCY, "", "", "", 0L);
    }

    static ProviderForm of(ProviderOrganisation provider) {
        return new ProviderForm(
                provider.getName(),
                provider.getKind(),
                nullToEmpty(provider.getOrgNumber()),
                nullToEmpty(provider.getEmail()),
                nullToEmpty(provider.getWebsite()),
                provider.getVersion());
    }

    ProviderOrganisationData toData() {
        return new ProviderOrganisationData(
                name.strip(), kind, blankToNull(orgNumber), blankToNull(email), blankToNull(website));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
