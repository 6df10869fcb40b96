package no.samla.people.internal;

import no.samla.people.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for form login by e-mail, without regard to case. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts logins;

    AccountUserDetailsService(Accounts logins) {
        this.logins = logins;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return logins.loadUser(email).orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
