package fr.creneau.gateway.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * {@code maxBodySize}: the largest request body the gateway takes (the services refuse larger ones too);
 * {@code bodyTimeout}: how long a client may take to send it, before the gateway calls any service.
 */
@ConfigurationProperties("creneau.gateway.request")
public record RequestProperties(@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue("10s") Duration bodyTimeout) {
}
