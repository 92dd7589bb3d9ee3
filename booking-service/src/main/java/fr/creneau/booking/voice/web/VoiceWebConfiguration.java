package fr.creneau.booking.voice.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts Twilio's signature check in front of every voice webhook. */
@Configuration
class VoiceWebConfiguration implements WebMvcConfigurer {

    private final TwilioSigned signed;

    VoiceWebConfiguration(TwilioSigned signed) {
        this.signed = signed;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(signed).addPathPatterns(Twiml.BASE + "**");
    }
}
