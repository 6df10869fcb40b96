package no.samla.audit;

/**
 * A signed-in principal the audit log can name: the people module's user implements it, so that this module reads
 * who acts from the security context without depending on the people module.
 */
public interface AuditedUser {

    long accountId();

    long personId();

    String email();
}
