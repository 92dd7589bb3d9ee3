/** What a place is and what happens to it. */
package fr.creneau.planning.place.domain;
