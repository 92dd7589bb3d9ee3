package fr.creneau.notification.delivery.adapter;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

import java.net.URI;
import java.net.URL;

/**
 * The SDK's own HTTP client, sending every request to another base URL (TWILIO_API_URL) with the same path,
 * parameters, headers and credentials: tests and local runs talk to a fake Twilio without forking the SDK.
 */
class BaseUrlHttpClient extends NetworkHttpClient {

    private final URI base;

    BaseUrlHttpClient(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(redirected(request));
    }

    private Request redirected(Request original) {
        URL url = original.constructURL();
        Request copy = new Request(original.getMethod(), base + url.getPath());
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        original.getQueryParams().forEach((name, values) -> values.forEach(value -> copy.addQueryParam(name, value)));
        original.getPostParams().forEach((name, values) -> values.forEach(value -> copy.addPostParam(name, value)));
        original.getHeaderParams().forEach((name, values) -> values.forEach(value -> copy.addHeaderParam(name, value)));
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        copy.setContentType(original.getContentType());
        copy.setBody(original.getBody());
        if (original.getFormParameters() != null) {
            copy.setFormParameters(original.getFormParameters());
        }
        return copy;
    }
}
