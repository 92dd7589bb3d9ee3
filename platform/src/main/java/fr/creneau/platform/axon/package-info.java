/** Axon on PostgreSQL without Axon Server: JDBC event store whose duplicate keys surface as concurrency conflicts. */
package fr.creneau.platform.axon;
