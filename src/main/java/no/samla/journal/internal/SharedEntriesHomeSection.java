package no.samla.journal.internal;

import java.util.Map;
import java.util.Optional;
import no.samla.journal.LogEntries;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On the start page of a coach, coordinator or group member: the latest log entries leaders have shared with them,
 * so that they find what to read and comment on without knowing where to look.
 */
@Component
class SharedEntriesHomeSection implements HomeSection {

    static final int SHOWN = 3;

    private final LogEntries entries;

    SharedEntriesHomeSection(LogEntries entries) {
        this.entries = entries;
    }

    @Override
    public int order() {
        return 32;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication authentication, ReadBatch reads) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Deferred.none();
        }
        return entries.sharedWith(user.personId(), PageRequest.of(0, SHOWN), reads)
                .map(latest -> latest.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Content("journal/home :: shared", Map.of("page", latest))));
    }
}
