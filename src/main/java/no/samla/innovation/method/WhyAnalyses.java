package no.samla.innovation.method;

import java.time.Clock;
import java.util.List;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Five whys analyses of a case: written by its team and coordinators, read by all who see the case. */
@Service
@Transactional(readOnly = true)
public class WhyAnalyses {

    private final MethodTools tools;
    private final WhyAnalysisRepository analyses;
    private final Clock clock;

    WhyAnalyses(MethodTools tools, WhyAnalysisRepository analyses, Clock clock) {
        this.tools = tools;
        this.analyses = analyses;
        this.clock = clock;
    }

    /** One page of the case's analyses with their whys loaded (one batch for the page), ready for the view. */
    public Page<WhyAnalysis> list(SamlaUser user, long caseId, Pageable pageable) {
        tools.reading(user, caseId);
        Page<WhyAnalysis> page = analyses.findByCaseIdOrderByCreatedAtAscIdAsc(caseId, pageable);
        page.forEach(WhyAnalysis::loadAnswers);
        return page;
    }

    /** The analysis for its edit form. */
    public WhyAnalysis get(SamlaUser user, long caseId, long analysisId) {
        tools.changing(user, caseId);
        return find(caseId, analysisId);
    }

    @Transactional
    public WhyAnalysis create(SamlaUser user, long caseId, WhyAnalysis.Data data) {
        tools.changing(user, caseId);
        WhyAnalysis analysis = new WhyAnalysis(caseId, user.personId(), clock.instant());
        analysis.write(clean(data), clock.instant());
        return analyses.save(analysis);
    }

    @Transactional
    public void update(SamlaUser user, long caseId, long analysisId, long formVersion, WhyAnalysis.Data data) {
        tools.changing(user, caseId);
        WhyAnalysis analysis = find(caseId, analysisId);
        StaleEditException.check(analysis.getVersion(), formVersion);
        analysis.write(clean(data), clock.instant());
    }

    @Transactional
    public void delete(SamlaUser user, long caseId, long analysisId) {
        tools.changing(user, caseId);
        analyses.findByIdAndCaseId(analysisId, caseId).ifPresent(analyses::delete);
    }

    private WhyAnalysis find(long caseId, long analysisId) {
        return analyses.findByIdAndCaseId(analysisId, caseId)
                .orElseThrow(() -> new NotFoundException("WhyAnalysis", analysisId));
    }

    /** Strips the texts; the form has already refused gaps, so the blanks left are the unused places at the end. */
    private static WhyAnalysis.Data clean(WhyAnalysis.Data data) {
        List<String> whys = data.whys().stream()
                .filter(why -> why != null && !why.isBlank())
                .map(String::strip)
                .toList();
        if (whys.isEmpty() || whys.size() > WhyAnalysis.MAX_WHYS) {
            throw new IllegalArgumentException("An analysis has one to " + WhyAnalysis.MAX_WHYS + " whys");
        }
        String rootCause = data.rootCause() == null || data.rootCause().isBlank()
                ? null
                : data.rootCause().strip();
        return new WhyAnalysis.Data(data.problem().strip(), whys, rootCause);
    }
}
