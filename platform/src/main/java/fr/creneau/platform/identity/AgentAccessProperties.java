package fr.creneau.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code creneau.agent-access.paths}: the path patterns only a logged-in agent may call;
 * {@code public-paths}: exceptions among them, open to anyone.
 */
@ConfigurationProperties("creneau.agent-access")
public record AgentAccessProperties(List<String> paths, List<String> publicPaths) {

    public AgentAccessProperties {
        paths = paths == null ? List.of() : List.copyOf(paths);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
