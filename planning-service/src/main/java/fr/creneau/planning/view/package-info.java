/** The read side: one JSON document per planning entity, written in the transaction of the event that changed it. */
package fr.creneau.planning.view;
