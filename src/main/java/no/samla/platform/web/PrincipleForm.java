package no.samla.platform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.platform.LeadershipPlatform;
import no.samla.platform.Principle;

/** A principle's title and three texts, and the platform version the form was opened on. */
record PrincipleForm(
        @NotBlank @Size(max = Principle.TITLE_MAX) String title,
        @Size(max = Principle.TEXT_MAX) String meaning,
        @Size(max = Principle.TEXT_MAX) String practice,
        @Size(max = Principle.TEXT_MAX) String stopDoing,
        @NotNull Long version) {

    static PrincipleForm empty(LeadershipPlatform platform) {
        return new PrincipleForm("", "", "", "", platform.getVersion());
    }

    static PrincipleForm of(LeadershipPlatform platform, Principle principle) {
        return new PrincipleForm(
                principle.getTitle(),
                principle.getMeaning(),
                principle.getPractice(),
                principle.getStopDoing(),
                platform.getVersion());
    }

    Principle.Texts texts() {
        return new Principle.Texts(title, meaning, practice, stopDoing);
    }
}
