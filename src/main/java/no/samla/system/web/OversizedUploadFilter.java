package no.samla.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Keeps a multipart request over the upload limit, or one whose body cannot be parsed, answerable. Tomcat then
 * refuses every parameter lookup, which would fail the CSRF check and even the error page with a 500; with this
 * filter the parameters in the address (the CSRF token among them, where an upload form puts it) still work, and
 * the upload itself fails where the controller can explain it (MaxUploadSizeExceededException). A malformed body
 * without a token in the address is refused by the CSRF check, and its error page renders too, because the
 * filter also wraps the error dispatch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OversizedUploadFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        chain.doFilter(multipart ? new AddressParametersOnFailure(request) : request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static final class AddressParametersOnFailure extends HttpServletRequestWrapper {

        AddressParametersOnFailure(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            try {
                return super.getParameter(name);
            } catch (RuntimeException bodyRefused) {
                List<String> values = addressParameters().get(name);
                return values == null || values.isEmpty() ? null : values.get(0);
            }
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            try {
                return super.getParameterMap();
            } catch (RuntimeException bodyRefused) {
                Map<String, String[]> map = new LinkedHashMap<>();
                addressParameters().forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
                return Collections.unmodifiableMap(map);
            }
        }

        @Override
        public Enumeration<String> getParameterNames() {
            try {
                return super.getParameterNames();
            } catch (RuntimeException bodyRefused) {
                return Collections.enumeration(addressParameters().keySet());
            }
        }

        @Override
        public String[] getParameterValues(String name) {
            try {
                return super.getParameterValues(name);
            } catch (RuntimeException bodyRefused) {
                List<String> values = addressParameters().get(name);
                return values == null ? null : values.toArray(String[]::new);
            }
        }

        private MultiValueMap<String, String> addressParameters() {
            String query = getQueryString();
            if (query == null || query.isEmpty()) {
                return new LinkedMultiValueMap<>();
            }
            MultiValueMap<String, String> encoded =
                    UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
            MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
            encoded.forEach((name, values) -> values.forEach(value -> decoded.add(
                    UriUtils.decode(name, StandardCharsets.UTF_8),
                    value == null ? "" : UriUtils.decode(value, StandardCharsets.UTF_8))));
            return decoded;
        }
    }
}
