package no.samla.system.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * The request parameters a controller method reads, found from its signature: {@code @RequestParam}s, the
 * components of record forms and the properties of bean forms. This is what a fuzzer must send to reach every
 * field a route binds, whether or not a page currently shows a form for it.
 */
record HandlerFields(List<Field> fields, boolean multipart) {

    /** One parameter: its name, the type it is converted to, and whether it may repeat. */
    record Field(String name, Class<?> type, boolean repeated) {}

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    static HandlerFields of(HandlerMethod handler) {
        List<Field> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                if (Map.class.isAssignableFrom(type)) {
                    continue; // free-form: its names come from the page's form
                }
                String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
                fields.add(field(name, type, parameter.getGenericParameterType()));
            } else if (type == MultipartFile.class) {
                fields.add(new Field(parameter.getParameterName(), MultipartFile.class, false));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
                fields.addAll(formFields(type));
            }
        }
        boolean multipart = fields.stream().anyMatch(field -> field.type() == MultipartFile.class);
        return new HandlerFields(List.copyOf(fields), multipart);
    }

    private static boolean isForm(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("no.samla.");
    }

    private static List<Field> formFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(field(component.getName(), component.getType(), component.getGenericType()));
            }
            return fields;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                Type generic = property.getWriteMethod().getGenericParameterTypes()[0];
                fields.add(field(property.getName(), property.getPropertyType(), generic));
            }
        }
        return fields;
    }

    private static Field field(String name, Class<?> type, Type generic) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            Class<?> element = String.class;
            if (type.isArray()) {
                element = type.getComponentType();
            } else if (generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument) {
                element = argument;
            }
            return new Field(name, element, true);
        }
        return new Field(name, type, false);
    }
}
