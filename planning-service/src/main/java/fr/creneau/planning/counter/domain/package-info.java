/** What a counter is and what happens to it. */
package fr.creneau.planning.counter.domain;
