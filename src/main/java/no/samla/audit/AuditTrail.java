package no.samla.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Collections;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log. A change is recorded in the transaction that makes it ({@link Propagation#MANDATORY}), so a
 * change rolled back leaves no entry and an entry means the change was made. The address and browser come from the
 * request being served, if any; the address is the one the servlet container reports, which behind a proxy is the
 * forwarded one when {@code server.forward-headers-strategy} says so (as for the sign-in limits).
 *
 * <p>A summary says what kind of change it was (fields, roles, a status, a file name), never what anyone wrote: callers
 * pass ids and kinds for leaders' texts.
 */
@Service
public class AuditTrail {

    static final int SUMMARY_LENGTH = 500;
    static final int EMAIL_LENGTH = 320;
    static final int ADDRESS_LENGTH = 64;
    static final int USER_AGENT_LENGTH = 300;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a change by the signed-in user (or by no one, for the demo data and jobs) to one object. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, AuditSubject subject, Long subjectId, String summary) {
        insert(currentActor(), action, subject, Collections.singletonList(subjectId), summary);
    }

    /** Records the same change to many objects (an import, say) in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(AuditAction action, AuditSubject subject, Collection<Long> subjectIds, String summary) {
        if (!subjectIds.isEmpty()) {
            insert(currentActor(), action, subject, subjectIds, summary);
        }
    }

    /**
     * Records a change made by someone who is not signed in yet but is known by the link they used (an invitation, a
     * password reset link).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(Actor actor, AuditAction action, AuditSubject subject, Long subjectId, String summary) {
        insert(actor, action, subject, Collections.singletonList(subjectId), summary);
    }

    /**
     * A successful sign-in of the account, by password or single sign-on ({@code method} says which, e.g.
     * {@code password} or the identity provider's name). Joins the caller's transaction if there is one.
     */
    @Transactional
    public void signedIn(Actor actor, String method) {
        insert(
                actor,
                AuditAction.SIGNED_IN,
                AuditSubject.ACCOUNT,
                Collections.singletonList(actor.accountId()),
                "method: " + method);
    }

    /**
     * A failed sign-in with the e-mail (or other login name) as typed, the account it names if there is one, and why it
     * failed ({@code reason}, e.g. {@code wrong e-mail or password} or {@code account locked}; may be null). The
     * password is never passed here.
     */
    @Transactional
    public void signInFailed(String typedEmail, Long accountId, String method, String reason) {
        insert(
                new Actor(accountId, null, typedEmail),
                AuditAction.SIGN_IN_FAILED,
                AuditSubject.ACCOUNT,
                Collections.singletonList(accountId),
                "method: " + method + (reason == null ? "" : "; " + reason));
    }

    @Transactional
    public void signedOut(Actor actor) {
        insert(actor, AuditAction.SIGNED_OUT, AuditSubject.ACCOUNT, Collections.singletonList(actor.accountId()), "");
    }

    /**
     * A download of data (CSV, XLSX, PDF, calendar) by the signed-in user, once it has been read: {@code what} names
     * the file, not its content. In a transaction of its own, since exports read in read-only transactions.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void exported(AuditSubject subject, Long subjectId, String what) {
        insert(currentActor(), AuditAction.EXPORTED, subject, Collections.singletonList(subjectId), what);
    }

    private static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditedUser user) {
            return Actor.of(user);
        }
        return Actor.NONE;
    }

    private void insert(Actor actor, AuditAction action, AuditSubject subject, Collection<Long> ids, String summary) {
        HttpServletRequest request = currentRequest();
        // One statement for any number of objects: ids go in as one array literal of numbers and come out as rows.
        jdbc.sql("""
                        insert into audit_log (actor_account_id, actor_person_id, actor_email, action, subject_type,
                                               subject_id, summary, remote_address, user_agent)
                        select :accountId, :personId, :email, :action, :subjectType, ids.id, :summary, :address,
                               :userAgent
                        from unnest(cast(:ids as bigint[])) as ids(id)
                        """)
                .param("accountId", actor.accountId())
                .param("personId", actor.personId())
                .param("email", clean(actor.email(), EMAIL_LENGTH))
                .param("action", action.name())
                .param("subjectType", subject == null ? null : subject.name())
                .param("ids", arrayLiteral(ids))
                .param("summary", summary == null ? "" : clean(summary, SUMMARY_LENGTH))
                .param("address", request == null ? null : clean(request.getRemoteAddr(), ADDRESS_LENGTH))
                .param("userAgent", request == null ? null : clean(request.getHeader("User-Agent"), USER_AGENT_LENGTH))
                .update();
    }

    private static String arrayLiteral(Collection<Long> ids) {
        return ids.stream().map(id -> id == null ? "NULL" : id.toString()).collect(Collectors.joining(",", "{", "}"));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    /** Without control characters (a typed e-mail is anyone's input) and within the column's length. */
    static String clean(String value, int length) {
        if (value == null) {
            return null;
        }
        String printable = value.replaceAll("\\p{Cntrl}", " ").strip();
        return printable.length() <= length ? printable : printable.substring(0, length);
    }
}
