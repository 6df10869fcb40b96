package no.samla.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.samla.people.Person;
import no.samla.people.PersonData;
import no.samla.people.Sector;

/**
 * A person as the admin form shows it. The organisation is one choice among municipalities and
 * providers, written "municipality:12" or "provider:3".
 */
record PersonForm(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 254) String email,

        @Size(max = 40) @Pattern(regexp = "^$|^[+0-9 ()-]{5,40}$")
        String phone,

        @Size(max = 200) String title,

        @Pattern(regexp = "^$|^(municipality|provider):[0-9]{1,18}$")
        String organisation,

        @Size(max = 200) String unit,
        Sector sector,
        @Size(max = 254) String managerEmail,
        @NotNull Long version) {

    static PersonForm empty() {
        return new PersonForm("", "", "", "", "", "", null, "", 0L);
    }

    /** The form of a person whose manager has this e-mail (null: no manager). */
    static PersonForm of(Person person, String managerEmail) {
        String organisation = person.getMunicipalityId() != null
                ? "municipality:" + person.getMunicipalityId()
                : person.getProviderOrganisationId() != null ? "provider:" + person.getProviderOrganisationId() : "";
        return new PersonForm(
                person.getFullName(),
                person.getEmail(),
                nullToEmpty(person.getPhone()),
                nullToEmpty(person.getTitle()),
                organisation,
                nullToEmpty(person.getUnit()),
                person.getSector(),
                nullToEmpty(managerEmail),
                person.getVersion());
    }

    PersonData toData() {
        return new PersonData(
                fullName.strip(),
                email.strip(),
                blankToNull(phone),
                blankToNull(title),
                organisationId("municipality"),
                organisationId("provider"),
                blankToNull(unit),
                sector);
    }

    boolean hasManager() {
        return managerEmail != null && !managerEmail.isBlank();
    }

    private Long organisationId(String kind) {
        if (organisation == null || !organisation.startsWith(kind + ":")) {
            return null;
        }
        return Long.valueOf(organisation.substring(kind.length() + 1));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
