package fr.creneau.platform.identity;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityKeyProblem;
import fr.creneau.identity.IdentityToken;
import fr.creneau.platform.startup.MissingSetting;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;

@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({AgentAccessProperties.class, IdentityProperties.class})
public class AgentAccessAutoConfiguration implements WebMvcConfigurer {

    private final AgentAccessProperties properties;
    private final CurrentAgent agents;

    AgentAccessAutoConfiguration(AgentAccessProperties properties, IdentityProperties identity) {
        this.properties = properties;
        this.agents = new CurrentAgent(tokens(identity), Clock.systemUTC());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!properties.paths().isEmpty()) {
            registry.addInterceptor(new AgentAccessInterceptor(agents))
                    .addPathPatterns(properties.paths())
                    .excludePathPatterns(properties.publicPaths());
        }
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(agents);
    }

    /** The same reader of the forwarded identity, for a check that must run before a handler's arguments are read. */
    @Bean
    CurrentAgent currentAgent() {
        return agents;
    }

    /** No default key: a service that would accept identities signed with a well-known one would trust anyone. */
    static IdentityToken tokens(IdentityProperties identity) {
        IdentityKeyProblem.of(identity.key(), ", et sans elle ce service ne peut reconnaître aucun agent")
                .ifPresent(problem -> {
                    throw new MissingSetting(problem.description(), problem.action());
                });
        return new IdentityToken(identity.key());
    }

    /** The agent comes from the gateway's token, not from the client: no parameter for it in the OpenAPI document. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
    static class NotAnOpenApiParameter {

        NotAnOpenApiParameter() {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(AgentIdentity.class);
        }

        @Bean
        AgentAccessInOpenApi agentAccessInOpenApi(AgentAccessProperties properties) {
            return new AgentAccessInOpenApi(properties);
        }
    }
}
