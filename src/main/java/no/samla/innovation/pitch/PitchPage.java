package no.samla.innovation.pitch;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A pitch as one person sees it: the event, its gathering, the cases in order, the criteria and the panel; which
 * cases the person has scored and may not score (their own municipality's); and the results when they may read them.
 */
public record PitchPage(
        Pitch pitch,
        PitchRole role,
        String programmeName,
        String gatheringTitle,
        LocalDateTime gatheringStartsAt,
        List<PitchSlot> slots,
        List<Criterion> criteria,
        List<PanelMember> panel,
        boolean scoringStarted,
        Set<Long> scoredByMe,
        Set<Long> ownMunicipalityCases,
        PitchResults results) {}
