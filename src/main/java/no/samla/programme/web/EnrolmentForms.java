package no.samla.programme.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import no.samla.programme.ParticipationRole;

/** The small forms of a programme's people tab. */
final class EnrolmentForms {

    private EnrolmentForms() {}

    record MunicipalityForm(@NotNull Long municipalityId) {
        static MunicipalityForm empty() {
            return new MunicipalityForm(null);
        }
    }

    record LeaderGroupForm(
            @NotNull Long municipalityId,
            @NotBlank @Size(max = 200) String name) {
        static LeaderGroupForm empty() {
            return new LeaderGroupForm(null, "");
        }
    }

    record ParticipantForm(
            @NotBlank @Email @Size(max = 254) String email,
            @NotEmpty Set<ParticipationRole> roles,
            Long leaderGroupId) {
        static ParticipantForm empty() {
            return new ParticipantForm("", EnumSet.of(ParticipationRole.PARTICIPANT), null);
        }
    }
}
