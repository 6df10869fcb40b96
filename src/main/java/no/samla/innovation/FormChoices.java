package no.samla.innovation;

import java.util.List;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.LeaderGroup;
import no.samla.programme.ParticipantRow;

/** What a case's owner and team may be chosen from: the programme's leader groups, municipalities and leaders. */
public record FormChoices(
        List<LeaderGroup> leaderGroups, List<EnrolledMunicipality> municipalities, List<ParticipantRow> leaders) {}
