package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class ConflictHandlingTest {

    @Test
    void aConcurrentChangeThatNoFormHandledBecomesTheConflictPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ConflictHandling().conflict(response);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.isCommitted()).isTrue();
    }
}
