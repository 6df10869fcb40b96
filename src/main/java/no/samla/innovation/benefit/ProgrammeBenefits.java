package no.samla.innovation.benefit;

import java.util.List;
import no.samla.innovation.CaseViewer;
import no.samla.programme.EnrolledMunicipality;
import org.springframework.data.domain.Page;

/** One page of the benefits of a programme's cases, perhaps narrowed to one municipality. */
public record ProgrammeBenefits(
        CaseViewer viewer, List<EnrolledMunicipality> municipalities, Long municipalityId, Page<BenefitRow> page) {}
