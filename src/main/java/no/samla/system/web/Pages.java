package no.samla.system.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Page requests from untrusted page numbers: lists show 25 rows, never a negative page, and never one so far out that
 * its first row is past what an int can count (Spring Data refuses such an offset, which would be a 500); such a page
 * is simply empty.
 */
public final class Pages {

    public static final int SIZE = 25;

    private static final int LAST_PAGE = Integer.MAX_VALUE / SIZE - 1;

    private Pages() {}

    public static Pageable of(int page, Sort sort) {
        return PageRequest.of(Math.min(Math.max(page, 0), LAST_PAGE), SIZE, sort);
    }
}
