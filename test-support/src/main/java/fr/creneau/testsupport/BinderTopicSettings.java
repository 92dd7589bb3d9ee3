package fr.creneau.testsupport;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBindingProperties;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The settings a service's Kafka binder gives a topic when that service happens to create it first, as the
 * service's {@code application.yml} declares them ({@code spring.cloud.stream.kafka.bindings.<binding>.producer
 * (or consumer).topic.properties}), read through the binder's own property classes: a misspelt key shows up here.
 */
public final class BinderTopicSettings {

    private BinderTopicSettings() {
    }

    public static Map<String, String> ofProducer(String binding) {
        return binding(binding).getProducer().getTopic().getProperties();
    }

    public static Map<String, String> ofConsumer(String binding) {
        return binding(binding).getConsumer().getTopic().getProperties();
    }

    private static KafkaBindingProperties binding(String name) {
        Map<String, KafkaBindingProperties> bindings = new Binder(ConfigurationPropertySources.from(defaultProfile()))
                .bind("spring.cloud.stream.kafka.bindings", Bindable.mapOf(String.class, KafkaBindingProperties.class))
                .orElse(Map.of());
        KafkaBindingProperties binding = bindings.get(name);
        if (binding == null) {
            throw new AssertionError("no Kafka binding " + name + " in application.yml; there are " + bindings.keySet());
        }
        return binding;
    }

    /** The first document of application.yml: the settings of every profile. */
    private static List<PropertySource<?>> defaultProfile() {
        try {
            return List.of(new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                    .get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
