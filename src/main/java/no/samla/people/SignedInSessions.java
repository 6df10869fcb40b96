package no.samla.people;

import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions an account is signed in with, on every instance (they live in the database). A password change, a
 * password reset, a disabled account and changed roles end them, so that a stolen session or an old role does not
 * outlast the change: the person signs in again.
 */
@Component
public class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends every session of the account with this e-mail except {@code keep} (the id of the session that made the
     * change, or {@code null}); returns how many ended.
     */
    public int endAll(String email, String keep) {
        Set<String> ids = sessions.findByPrincipalName(email).keySet();
        int ended = 0;
        for (String id : ids) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
