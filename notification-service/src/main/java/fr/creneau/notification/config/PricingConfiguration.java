package fr.creneau.notification.config;

import fr.creneau.notification.sms.domain.SmsPricing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The price of an SMS segment, from SMS_PRICE_EUR. */
@Configuration(proxyBeanMethods = false)
class PricingConfiguration {

    @Bean
    SmsPricing smsPricing(NotificationProperties properties) {
        return new SmsPricing(properties.smsPrice());
    }
}
