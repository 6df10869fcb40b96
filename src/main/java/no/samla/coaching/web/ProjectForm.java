package no.samla.coaching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.DevelopmentProjectVersion;
import no.samla.coaching.LeadershipBehaviour;

/** A development project as its form shows it; {@code version} is the number of the version it was opened on. */
record ProjectForm(
        @NotBlank @Size(max = 2000) String goal,
        @NotBlank @Size(max = 4000) String why,
        @NotNull LeadershipBehaviour behaviour,
        @NotBlank @Size(max = 4000) String practice,
        @NotBlank @Size(max = 4000) String evidence,
        Boolean shareWithCoach,
        Boolean shareWithNetworkGroup,
        Boolean shareWithCoordinators,
        @NotNull Long version) {

    static ProjectForm empty() {
        return new ProjectForm("", "", null, "", "", false, false, false, 0L);
    }

    static ProjectForm of(DevelopmentProject project, DevelopmentProjectVersion latest) {
        DevelopmentProject.Sharing sharing = project.getSharing();
        DevelopmentProjectVersion.ProjectText text = latest == null ? null : latest.text();
        return new ProjectForm(
                text == null ? "" : text.goal(),
                text == null ? "" : text.why(),
                text == null ? null : text.behaviour(),
                text == null ? "" : text.practice(),
                text == null ? "" : text.evidence(),
                sharing.coach(),
                sharing.networkGroup(),
                sharing.coordinators(),
                latest == null ? 0L : latest.getNumber());
    }

    DevelopmentProjectVersion.ProjectText text() {
        return new DevelopmentProjectVersion.ProjectText(
                goal.strip(), why.strip(), behaviour, practice.strip(), evidence.strip());
    }

    DevelopmentProject.Sharing sharing() {
        return new DevelopmentProject.Sharing(
                Boolean.TRUE.equals(shareWithCoach),
                Boolean.TRUE.equals(shareWithNetworkGroup),
                Boolean.TRUE.equals(shareWithCoordinators));
    }
}
