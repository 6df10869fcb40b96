package no.samla.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context without its own database URL at the shared test server, with
 * the demo data set, which the access and flow tests log in with.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        TestDatabase.Server server = TestDatabase.server();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.url());
        properties.put("spring.datasource.username", server.username() == null ? "" : server.username());
        properties.put("spring.datasource.password", server.password() == null ? "" : server.password());
        properties.put("samla.demo", "true");
        environment.getPropertySources().addLast(new MapPropertySource("samlaTestDatabase", properties));
    }
}
