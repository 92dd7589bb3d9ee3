package fr.creneau.platform.identity;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.platform.startup.MissingSetting;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.nio.charset.StandardCharsets;
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

    /** No default key: a service that would accept identities signed with a well-known one would trust anyone. */
    static IdentityToken tokens(IdentityProperties identity) {
        String key = identity.key();
        if (key == null || key.isBlank()) {
            throw new MissingSetting("CRENEAU_IDENTITY_KEY n'est pas défini : c'est la clé avec laquelle la passerelle "
                    + "signe l'identité des agents, et sans elle ce service ne peut reconnaître aucun agent.",
                    "Donnez la même clé secrète (32 caractères ou plus, par exemple le résultat de "
                            + "« openssl rand -base64 48 ») à la passerelle et aux quatre services dans "
                            + "CRENEAU_IDENTITY_KEY. ./creneau en crée une à son premier démarrage.");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length < IdentityToken.MINIMUM_KEY_BYTES) {
            throw new MissingSetting("CRENEAU_IDENTITY_KEY est trop courte : il faut au moins "
                    + IdentityToken.MINIMUM_KEY_BYTES + " octets pour signer en HMAC-SHA256.",
                    "Choisissez une clé secrète plus longue, par exemple le résultat de « openssl rand -base64 48 », "
                            + "et donnez-la à la passerelle et aux quatre services.");
        }
        return new IdentityToken(key);
    }

    /** The agent comes from the gateway's token, not from the client: no parameter for it in the OpenAPI document. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
    static class NotAnOpenApiParameter {

        NotAnOpenApiParameter() {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(AgentIdentity.class);
        }
    }
}
