package fr.creneau.platform.identity;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AgentAccessProperties.class)
public class AgentAccessAutoConfiguration implements WebMvcConfigurer {

    private final AgentAccessProperties properties;

    AgentAccessAutoConfiguration(AgentAccessProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!properties.paths().isEmpty()) {
            registry.addInterceptor(new AgentAccessInterceptor())
                    .addPathPatterns(properties.paths())
                    .excludePathPatterns(properties.publicPaths());
        }
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentAgent());
    }

    /** The agent comes from the gateway's headers, not from the client: no parameter for it in the OpenAPI document. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
    static class NotAnOpenApiParameter {

        NotAnOpenApiParameter() {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(AgentIdentity.class);
        }
    }
}
