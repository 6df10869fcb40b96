package no.samla.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** Beans every module may use. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    /** Norway's time zone: dates and times are shown and reasoned about in Europe/Oslo. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock() {
        return Clock.system(OSLO);
    }

    /**
     * The texts of every module ({@code spring.messages.basename}), read once and merged per language, so that a text
     * is found in one lookup. Spring Boot's default asks each of the bundles in turn, which a page of several hundred
     * texts from the last bundles in the list was measured to feel. An earlier bundle wins over a later one, as before.
     */
    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        ReloadableResourceBundleMessageSource texts = new ReloadableResourceBundleMessageSource();
        texts.setBasenames(Arrays.stream(basenames)
                .map(basename -> "classpath:" + basename.trim())
                .toArray(String[]::new));
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        return texts;
    }
}
