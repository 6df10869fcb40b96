package no.samla.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leaves the character U+0000 out of request parameters. No form sends it, and PostgreSQL text cannot hold it: a
 * query or an insert with it fails, so it surfaced as a server error wherever it first reached the database. It is
 * left out, as the journal leaves out other control characters, rather than refused, so that such a form is still
 * saved or answered with its messages. Runs after {@link OversizedUploadFilter}, whose request it reads.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class NullCharacterFilter extends OncePerRequestFilter {

    private static final char NUL = '\u0000';

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters = request.getParameterMap();
        chain.doFilter(
                holdsNullCharacter(parameters) ? new WithoutNullCharacter(request, parameters) : request, response);
    }

    private static boolean holdsNullCharacter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf(NUL) >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf(NUL) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class WithoutNullCharacter extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutNullCharacter(HttpServletRequest request, Map<String, String[]> original) {
            super(request);
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            original.forEach((name, values) -> {
                String[] kept = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    kept[i] = values[i] == null ? null : values[i].replace(String.valueOf(NUL), "");
                }
                cleaned.merge(name.replace(String.valueOf(NUL), ""), kept, WithoutNullCharacter::concat);
            });
            this.parameters = Collections.unmodifiableMap(cleaned);
        }

        private static String[] concat(String[] first, String[] second) {
            String[] both = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            return both;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
