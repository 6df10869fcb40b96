package no.samla.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key that ties an answer to its respondent without naming them: HMAC-SHA256 of (what is answered, person) under a
 * server secret. Gathering evaluations key by (evaluation, person); surveys by (survey, person), so that every round of
 * a survey gives a respondent the same key and before and after can be paired. The trade-off: the rows alone (a database dump, a report query) cannot pair a person with an answer,
 * which is what lets the respondent change their answer later; whoever holds both the database and the secret can
 * recompute the keys and pair them. The secret comes from {@code samla.evaluation.respondent-key-secret} or, when that
 * is not set, is generated once and kept in {@code evaluation_setting} (named after the first module that needed it). Changing it orphans the keys of answers
 * already given: they still count, but their respondents can no longer change them.
 */
@Component
public class RespondentKeys {

    private static final String SETTING = "respondent-key-secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String configured;
    private volatile byte[] secret;
    private volatile Mac keyed;

    RespondentKeys(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${samla.evaluation.respondent-key-secret:}") String configured) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configured = configured;
    }

    /** The key of a person's answer to a gathering evaluation. */
    public String of(long evaluationId, long personId) {
        return hmac(evaluationId + ":" + personId);
    }

    /**
     * The key of a person's answers to something of a kind other than a gathering evaluation ({@code kind} such as
     * "survey"): a different message, so no key of one kind equals a key of another.
     */
    public String of(String kind, long id, long personId) {
        return hmac(kind + ":" + id + ":" + personId);
    }

    /**
     * Keys as long as respondent keys and as random, to replace a person's keys when the person is erased: the answers
     * still count, and an answer pairs with the others given under the same replacement, but no person's id gives the
     * keys any longer.
     */
    public static String[] unlinked(int count) {
        String[] fresh = new String[count];
        byte[] bytes = new byte[32];
        for (int i = 0; i < count; i++) {
            RANDOM.nextBytes(bytes);
            fresh[i] = HexFormat.of().formatHex(bytes);
        }
        return fresh;
    }

    private String hmac(String message) {
        try {
            // A copy of a Mac already keyed with the secret: looking up the algorithm and keying it anew cost more
            // than the HMAC itself, and the start page asks for a key per open survey.
            Mac mac = (Mac) keyed().clone();
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private Mac keyed() throws GeneralSecurityException {
        Mac known = keyed;
        if (known == null) {
            known = Mac.getInstance("HmacSHA256");
            known.init(new SecretKeySpec(secret(), "HmacSHA256"));
            keyed = known;
        }
        return known;
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = configured.isBlank()
                            ? stored().getBytes(StandardCharsets.UTF_8)
                            : configured.getBytes(StandardCharsets.UTF_8);
                }
                known = secret;
            }
        }
        return known;
    }

    /** The generated secret, created by whichever instance gets there first. */
    private String stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return ownTransaction.execute(status -> {
            jdbc.update(
                    "insert into evaluation_setting (name, value) values (?, ?) on conflict (name) do nothing",
                    SETTING,
                    Base64.getEncoder().encodeToString(fresh));
            return jdbc.queryForObject("select value from evaluation_setting where name = ?", String.class, SETTING);
        });
    }
}
