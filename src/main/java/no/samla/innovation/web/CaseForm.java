package no.samla.innovation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samla.innovation.CaseData;
import no.samla.innovation.CaseHealth;
import no.samla.innovation.CaseOwner;
import no.samla.innovation.CaseStatus;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.OwnerKind;
import org.springframework.validation.BindingResult;

/**
 * A case as its form shows it. The owner is one of three kinds, each with its own choice; only the chosen kind's
 * choice counts. {@code version} is the case's version when the form was opened.
 */
record CaseForm(
        @NotBlank @Size(max = 200) String title,
        OwnerKind ownerKind,
        Long leaderGroupId,
        Long municipalityId,
        Long leaderPersonId,
        List<Long> teamPersonIds,
        @NotBlank @Size(max = 4000) String need,
        @NotBlank @Size(max = 4000) String targetGroup,
        @NotBlank @Size(max = 4000) String goals,
        @NotNull CaseStatus status,
        @Size(max = 2000) String statusReason,
        @NotNull CaseHealth health,
        @Size(max = 2000) String healthReason,
        @NotNull Long version) {

    static CaseForm empty() {
        return new CaseForm(
                "", null, null, null, null, List.of(), "", "", "", CaseStatus.ACTIVE, "", CaseHealth.GREEN, "", 0L);
    }

    static CaseForm of(InnovationCase c) {
        CaseOwner owner = c.getOwner();
        return new CaseForm(
                c.getTitle(),
                owner.kind(),
                owner.kind() == OwnerKind.LEADER_GROUP ? owner.id() : null,
                owner.kind() == OwnerKind.MUNICIPALITY ? owner.id() : null,
                owner.kind() == OwnerKind.LEADER ? owner.id() : null,
                List.copyOf(c.getTeam()),
                c.getNeed(),
                c.getTargetGroup(),
                c.getGoals(),
                c.getStatus(),
                c.getStatusReason(),
                c.getHealth(),
                c.getHealthReason(),
                c.getVersion());
    }

    /** The rules that tie fields together; {@code withOwner} when the owner and team are part of the form. */
    void checkRules(BindingResult result, boolean withOwner) {
        CaseData data = data();
        if (data.lacksStatusReason()) {
            result.rejectValue("statusReason", "innovation.case.statusReason.required");
        }
        if (data.lacksHealthReason()) {
            result.rejectValue("healthReason", "innovation.case.healthReason.required");
        }
        if (!withOwner) {
            return;
        }
        if (ownerKind == null) {
            result.rejectValue("ownerKind", "innovation.case.owner.required");
        } else if (ownerId() == null) {
            result.rejectValue(ownerField(), "innovation.case.owner.choose");
        }
    }

    public boolean chosen(long personId) {
        return teamPersonIds != null && teamPersonIds.contains(personId);
    }

    CaseData data() {
        return new CaseData(title, need, targetGroup, goals, status, statusReason, health, healthReason);
    }

    CaseOwner owner() {
        return new CaseOwner(ownerKind, ownerId());
    }

    Set<Long> team() {
        return teamPersonIds == null ? Set.of() : new HashSet<>(teamPersonIds);
    }

    private Long ownerId() {
        return switch (ownerKind) {
            case LEADER_GROUP -> leaderGroupId;
            case MUNICIPALITY -> municipalityId;
            case LEADER -> leaderPersonId;
        };
    }

    private String ownerField() {
        return switch (ownerKind) {
            case LEADER_GROUP -> "leaderGroupId";
            case MUNICIPALITY -> "municipalityId";
            case LEADER -> "leaderPersonId";
        };
    }
}
