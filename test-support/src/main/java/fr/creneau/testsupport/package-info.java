/** Real infrastructure for tests: one PostgreSQL and one Kafka broker per test JVM, started on first use. */
package fr.creneau.testsupport;
