package no.samla.system.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Norwegian bokmål first, nynorsk and English on request. The choice (a {@code ?lang=} link in the
 * footer) is kept in a cookie; without one, the browser's language is used when Samla speaks it.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");
    static final Locale NYNORSK = Locale.forLanguageTag("nn");
    static final List<Locale> SUPPORTED = List.of(BOKMAL, NYNORSK, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("samla-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        // Without an Accept-Language header the servlet API reports the server's locale: ignore it.
        resolver.setDefaultLocaleFunction(
                request -> request.getHeader("Accept-Language") == null ? BOKMAL : supported(request.getLocales()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The first of the browser's languages that Samla speaks; "no" means bokmål. */
    static Locale supported(java.util.Enumeration<Locale> browserLocales) {
        while (browserLocales != null && browserLocales.hasMoreElements()) {
            String language = browserLocales.nextElement().getLanguage();
            switch (language) {
                case "nb", "no" -> {
                    return BOKMAL;
                }
                case "nn" -> {
                    return NYNORSK;
                }
                case "en" -> {
                    return Locale.ENGLISH;
                }
                default -> {}
            }
        }
        return BOKMAL;
    }
}
