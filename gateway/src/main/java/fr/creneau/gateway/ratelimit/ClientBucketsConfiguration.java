package fr.creneau.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import reactor.core.scheduler.Schedulers;

/**
 * The clients' buckets in the gateway's database (client_bucket, with its sweep): their calls block on JDBC, so they
 * run off the event loop.
 */
@Configuration(proxyBeanMethods = false)
class ClientBucketsConfiguration {

    @Bean
    ClientBuckets clientBuckets(JdbcClient jdbc, RateLimitProperties properties) {
        return new ClientBuckets(jdbc, Schedulers.boundedElastic(), properties);
    }

    @Bean
    ExpiredBuckets expiredBuckets(JdbcClient jdbc) {
        return new ExpiredBuckets(jdbc);
    }
}
