package fr.creneau.platform.identity;

import fr.creneau.identity.Role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method (or its controller) under the agent paths: only agents holding one of these roles may call
 * it; anyone else is answered 403. Without it, any role of the commune in the path will do.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AgentRoles {

    Role[] value();
}
