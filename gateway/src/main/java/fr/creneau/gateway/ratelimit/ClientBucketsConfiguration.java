package fr.creneau.gateway.ratelimit;

import fr.creneau.platform.ratelimit.TokenBuckets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;

/**
 * The clients' buckets on the store the platform keeps in the gateway's database (rate_limit_bucket, with its sweep):
 * its calls block on JDBC, so they run off the event loop.
 */
@Configuration(proxyBeanMethods = false)
class ClientBucketsConfiguration {

    @Bean
    ClientBuckets clientBuckets(TokenBuckets tokenBuckets, RateLimitProperties properties) {
        return new ClientBuckets(tokenBuckets, Schedulers.boundedElastic(), properties);
    }
}
