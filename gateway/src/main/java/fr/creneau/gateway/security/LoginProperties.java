package fr.creneau.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * After {@code maxFailures} wrong passwords in a row for one username, that username is refused for
 * {@code lockDuration}, whatever the password. Counted in the gateway's database for all gateways; failures older
 * than {@code forgetAfter} are forgotten.
 */
@ConfigurationProperties("creneau.gateway.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration,
                              @DefaultValue("24h") Duration forgetAfter) {
}
