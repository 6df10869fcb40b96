package no.samla.innovation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.innovation.CaseStep;

/** A team's work on one roadmap step: done or not, a note, evidence as text or a link, and the version it edits. */
record StepForm(
        Boolean done,
        @Size(max = 4000) String note,
        @Size(max = 2000) String evidence,
        @NotNull Long version) {

    static StepForm of(CaseStep work) {
        return work == null
                ? new StepForm(false, "", "", CaseStep.NOT_STARTED)
                : new StepForm(work.isDone(), work.getNote(), work.getEvidence(), work.getVersion());
    }

    boolean isDone() {
        return Boolean.TRUE.equals(done);
    }
}
