package no.samla.audit;

/**
 * Who did something: an account and its person, and the e-mail as it was then. For a failed sign-in, the account may be
 * unknown and the e-mail is what was typed; for work that no one signed in did (the demo data, a scheduled job), all
 * three are null.
 */
public record Actor(Long accountId, Long personId, String email) {

    public static final Actor NONE = new Actor(null, null, null);

    public static Actor of(AuditedUser user) {
        return new Actor(user.accountId(), user.personId(), user.email());
    }
}
