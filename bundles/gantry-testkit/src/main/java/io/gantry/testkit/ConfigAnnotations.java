package io.gantry.testkit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * Component configuration annotations (OSGi metatype config types) made by hand, as Config Admin would hand them
 * to a component: each attribute takes its value from the map, or else its default.
 */
public final class ConfigAnnotations {
    private ConfigAnnotations() {
    }

    /**
     * @param values attribute name to value, e.g. {@code Map.of("run_root", "/tmp/run")}
     * @throws IllegalArgumentException if a name is no attribute of {@code type}, or an attribute without a
     *         default has no value
     */
    public static <A extends Annotation> A of(Class<A> type, Map<String, ?> values) {
        Map<String, Object> attributes = new HashMap<>();
        for (Method attribute : type.getDeclaredMethods()) {
            Object value = values.containsKey(attribute.getName())
                    ? values.get(attribute.getName()) : attribute.getDefaultValue();
            if (value == null) {
                throw new IllegalArgumentException(type.getName() + "." + attribute.getName() + " needs a value");
            }
            attributes.put(attribute.getName(), value);
        }
        if (!attributes.keySet().containsAll(values.keySet())) {
            throw new IllegalArgumentException("not all of " + values.keySet() + " are attributes of " + type.getName());
        }
        Object config = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "@" + type.getName() + attributes;
                    default -> attributes.get(method.getName());
                });
        return type.cast(config);
    }
}
