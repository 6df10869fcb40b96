package no.samla.gathering;

import java.util.List;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;

/**
 * Links other modules offer on a gathering's page for the user looking at it: answer its evaluation, read its
 * results. Each implementation runs a fixed number of queries and offers only links the user may follow.
 */
public interface GatheringLinks {

    List<Link> linksFor(SamlaUser user, Programme programme, Gathering gathering);

    /** An address and the message key of its text; a primary link is the one thing to do now. */
    record Link(String href, String messageKey, boolean primary) {}
}
