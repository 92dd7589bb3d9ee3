package fr.creneau.gateway.apikey;

import org.springframework.http.HttpMethod;

/** What a key may do with the agent API: READ only reads (GET, HEAD); WRITE does what an agent does. */
public enum ApiKeyScope {
    READ,
    WRITE;

    public boolean allows(HttpMethod method) {
        return this == WRITE || HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }
}
