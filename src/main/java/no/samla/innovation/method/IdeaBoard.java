package no.samla.innovation.method;

import org.springframework.data.domain.Page;

/** A case's ideas by votes, with the user's dot budget and how much of it they have used. */
public record IdeaBoard(ToolCase tools, Page<IdeaRow> ideas, int budget, long dotsUsed) {

    public long dotsLeft() {
        return Math.max(0, budget - dotsUsed);
    }
}
