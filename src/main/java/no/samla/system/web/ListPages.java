package no.samla.system.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** A page of a list already read whole (and bounded by what it is about), for the pagination fragment. */
public final class ListPages {

    private ListPages() {}

    /** The rows of {@code all} the page asks for; an unpaged request gets all of them. */
    public static <T> Page<T> of(List<T> all, Pageable pageable) {
        if (pageable.isUnpaged()) {
            return new PageImpl<>(all);
        }
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }
}
