/** The services' schemas as Flyway keeps them: what platform adds to each service's own migrations. */
package fr.creneau.platform.schema;
