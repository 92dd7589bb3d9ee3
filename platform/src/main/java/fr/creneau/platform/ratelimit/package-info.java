/** Token buckets kept in a service's own PostgreSQL table, so that limits hold across its instances, and their sweep. */
package fr.creneau.platform.ratelimit;
