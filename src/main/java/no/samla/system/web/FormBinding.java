package no.samla.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Makes a submitted value that cannot be converted a message next to its field, for the forms built through their
 * constructor (the record forms).
 *
 * <p>Spring creates the binding result while it converts the submitted values, before the form exists. When a value
 * cannot be converted ({@code version=abc}, a date that is no date, an unknown choice) it still builds the form, with
 * that field empty, but keeps the binding result it started with, whose target is null. Every {@code rejectValue} on
 * it then throws, and the page's {@code form} is null: a 500 instead of a message. Here each form argument, once
 * resolved, gets a binding result on the form that was built, with the same errors, so the page shows the form, the
 * field keeps what was typed, and the controller's own checks can add their messages.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

    @Bean
    static BeanPostProcessor formBindingResults(
            @Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversionService) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
                    for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
                        resolvers.add(
                                resolver instanceof ModelAttributeMethodProcessor forms
                                        ? new BuiltFormArguments(forms, conversionService)
                                        : resolver);
                    }
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }

    private record BuiltFormArguments(
            ModelAttributeMethodProcessor delegate, ObjectProvider<ConversionService> conversionService)
            implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return delegate.supportsParameter(parameter);
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binderFactory)
                throws Exception {
            Object argument = delegate.resolveArgument(parameter, container, request, binderFactory);
            Object form = argument instanceof Optional<?> optional ? optional.orElse(null) : argument;
            if (container == null || form == null) {
                return argument;
            }
            String name = ModelFactory.getNameForParameter(parameter);
            if (container.getModel().get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult started
                    && started.getTarget() == null) {
                BeanPropertyBindingResult built = new BeanPropertyBindingResult(form, name);
                if (started instanceof AbstractBindingResult configured) {
                    built.setMessageCodesResolver(configured.getMessageCodesResolver());
                }
                conversionService.ifAvailable(built::initConversion);
                built.addAllErrors(started);
                // The binding result must be the model's last entry: that is where the BindingResult parameter
                // after the form is taken from.
                container.removeAttributes(started.getModel());
                container.addAllAttributes(built.getModel());
            }
            return argument;
        }
    }
}
