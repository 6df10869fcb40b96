package no.samla.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Test defaults: every application context without its own database URL uses the shared test server
 * with the demo data set (which the access and flow tests log in with), and Selenium's warning that
 * it has no DevTools bindings for this Chromium (the tests do not use DevTools) is kept out of the log.
 */
public class TestEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("logging.level.org.openqa.selenium.devtools", "ERROR");
        properties.put("logging.level.org.openqa.selenium.chromium", "ERROR");
        if (environment.containsProperty("spring.datasource.url")) {
            environment.getPropertySources().addLast(new MapPropertySource("samlaTestDefaults", properties));
            return;
        }
        TestDatabase.Server server = TestDatabase.server();
        properties.putAll(server.datasourceProperties());
        properties.put("samla.demo", "true");
        // Tests run the notification jobs themselves.
        properties.put("samla.notification.scheduling.enabled", "false");
        properties.put("samla.privacy.retention.scheduling.enabled", "false");
        environment.getPropertySources().addLast(new MapPropertySource("samlaTestDefaults", properties));
    }
}
