package no.samla.support;

import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoData;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo accounts tests act as, one per kind of visitor the access rules distinguish. "Other" means
 * another municipality or another provider's programme than the first of its kind.
 */
public enum DemoUsers {
    ANONYMOUS(null),
    LEADER(DemoAccounts.LEADER_DRAMMEN),
    LEADER_OTHER_MUNICIPALITY(DemoAccounts.LEADER_STANGE),
    MUNICIPALITY_ADMIN(DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN),
    MUNICIPALITY_ADMIN_OTHER(DemoAccounts.MUNICIPALITY_ADMIN_STANGE),
    COORDINATOR(DemoAccounts.COORDINATOR_FJORD),
    COORDINATOR_OTHER(DemoAccounts.COORDINATOR_NETWORK),
    ADMIN(DemoAccounts.ADMIN);

    public static final String PASSWORD = DemoData.PASSWORD;

    private final String email;

    DemoUsers(String email) {
        this.email = email;
    }

    public String email() {
        return email;
    }

    /** Signs the request in as this user (or leaves it anonymous). */
    public RequestPostProcessor as(Accounts accounts) {
        if (email == null) {
            return SecurityMockMvcRequestPostProcessors.anonymous();
        }
        SamlaUser user = accounts.loadUser(email).orElseThrow();
        return SecurityMockMvcRequestPostProcessors.user(user);
    }
}
