package no.samla.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may use. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    /** Norway's time zone: dates and times are shown and reasoned about in Europe/Oslo. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock() {
        return Clock.system(OSLO);
    }
}
