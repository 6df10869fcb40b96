package no.samla.notification.internal;

import java.util.Map;
import no.samla.notification.MailLanguage;
import no.samla.notification.NotificationKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Mail texts from the templates under {@code templates/mail/}: plain text ({@code .txt}, TEXT mode) and HTML
 * ({@code .html}, HTML mode, which escapes what people typed), with the subject from the message bundles. The
 * engines are kept inside this class so that the web pages' template engine stays Spring Boot's own.
 */
@Component
class MailTexts {

    record Rendered(String subject, String text, String html) {}

    private final SpringTemplateEngine text;
    private final SpringTemplateEngine html;
    private final MessageSource messages;

    MailTexts(MessageSource messages) {
        this.messages = messages;
        this.text = engine(messages, TemplateMode.TEXT, ".txt");
        this.html = engine(messages, TemplateMode.HTML, ".html");
    }

    Rendered render(
            NotificationKind kind, MailLanguage language, Object[] subjectArguments, Map<String, Object> model) {
        Context context = new Context(language.locale(), model);
        context.setVariable("kind", kind.name());
        return new Rendered(
                messages.getMessage(
                        "notification.mail." + kind.name() + ".subject", subjectArguments, language.locale()),
                text.process(kind.template(), context),
                html.process(kind.template(), context));
    }

    /** One message from the bundles in the given language, for text a template puts together from parts. */
    String message(String code, MailLanguage language, Object... arguments) {
        return messages.getMessage(code, arguments, language.locale());
    }

    private static SpringTemplateEngine engine(MessageSource messages, TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
