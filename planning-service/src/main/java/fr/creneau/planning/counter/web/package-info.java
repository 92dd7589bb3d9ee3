/** HTTP API of counters: description, reference weeks applied, exceptions, computed capacity. */
package fr.creneau.planning.counter.web;
