package no.samla.programme.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What a confirmed import did, with the invitation links of the new accounts: shown once on the next
 * page and then gone, since only the hashes of their tokens are stored.
 */
public record ImportResult(int rows, int newPeople, int existingPeople, List<InvitationLink> invitations)
        implements Serializable {

    /** One new account's invitation; the url is filled in by the page that knows the site's address. */
    public record InvitationLink(String name, String email, String token, String url) implements Serializable {

        public InvitationLink withUrl(String url) {
            return new InvitationLink(name, email, token, url);
        }
    }

    public ImportResult withUrls(java.util.function.UnaryOperator<String> urlForToken) {
        return new ImportResult(
                rows,
                newPeople,
                existingPeople,
                invitations.stream()
                        .map(link -> link.withUrl(urlForToken.apply(link.token())))
                        .toList());
    }
}
