package fr.creneau.booking.voice.web;

import fr.creneau.booking.voice.adapter.TwilioSignatures;
import fr.creneau.platform.problem.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.HashMap;
import java.util.Map;

/**
 * Every voice webhook must carry Twilio's signature of the public URL it was sent to and of its form: anything
 * else is refused with 403 and a log line, before any handler runs.
 */
@Component
class TwilioSigned implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(TwilioSigned.class);

    private final TwilioSignatures signatures;

    TwilioSigned(TwilioSignatures signatures) {
        this.signatures = signatures;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String pathAndQuery = request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Map<String, String> inQuery = Calls.query(request);
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!inQuery.containsKey(name)) {
                form.put(name, values.length == 0 ? "" : values[0]);
            }
        });
        String signature = request.getHeader("X-Twilio-Signature");
        if (!signatures.accepts(pathAndQuery, form, signature)) {
            log.warn("voice webhook refused, {} Twilio signature: {} {} from {}", signature == null ? "no" : "a wrong",
                    request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
            throw new ForbiddenException("Signature Twilio absente ou invalide.");
        }
        return true;
    }
}
