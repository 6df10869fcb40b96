package no.samla.system.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Page requests from untrusted page numbers: lists show 25 rows and never a negative page. */
public final class Pages {

    public static final int SIZE = 25;

    private Pages() {}

    public static Pageable of(int page, Sort sort) {
        return PageRequest.of(Math.max(page, 0), SIZE, sort);
    }
}
