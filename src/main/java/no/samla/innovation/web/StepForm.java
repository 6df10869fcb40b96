package no.samla.innovation.web;

import jakarta.validation.constraints.Size;
import no.samla.innovation.CaseStep;

/** A team's work on one roadmap step: done or not, a note, and evidence as text or a link. */
record StepForm(
        Boolean done,
        @Size(max = 4000) String note,
        @Size(max = 2000) String evidence) {

    static StepForm of(CaseStep work) {
        return work == null
                ? new StepForm(false, "", "")
                : new StepForm(work.isDone(), work.getNote(), work.getEvidence());
    }

    boolean isDone() {
        return Boolean.TRUE.equals(done);
    }
}
