package fr.creneau.platform.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code creneau.request.max-body-size}: the largest body a service reads (64 KB by default: the longest e-mail
 * template is far shorter). A larger one is answered 413 without being read.
 */
@ConfigurationProperties("creneau.request")
public record RequestLimitsProperties(@DefaultValue("64KB") DataSize maxBodySize) {
}
