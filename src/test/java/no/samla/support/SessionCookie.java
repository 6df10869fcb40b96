package no.samla.support;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The session cookie, kept between MockMvc requests as a browser keeps it. Sessions live in the database (Spring
 * Session), found by this cookie; a request sends it with {@code .with(cookie)}, and {@code .andDo(cookie)} takes a
 * new one from a response (a sign-in gives the session a new id, a sign-out removes it).
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

    public static final String NAME = "JSESSIONID";

    private Cookie cookie;

    /** The cookie a response set. */
    public static SessionCookie of(MvcResult result) {
        SessionCookie session = new SessionCookie();
        session.handle(result);
        if (session.cookie == null) {
            throw new IllegalStateException("The response set no session cookie");
        }
        return session;
    }

    @Override
    public void handle(MvcResult result) {
        Cookie set = result.getResponse().getCookie(NAME);
        if (set != null) {
            cookie = set.getMaxAge() == 0 || set.getValue().isEmpty() ? null : set;
        }
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            List<Cookie> cookies = new ArrayList<>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.removeIf(other -> other.getName().equals(NAME));
            cookies.add(new Cookie(NAME, cookie.getValue()));
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        return request;
    }

    /** The session's id as the database keeps it (the cookie carries it Base64-encoded), or null after a sign-out. */
    public String id() {
        return cookie == null
                ? null
                : new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
    }
}
