/** The waiting line as an aggregate, its commands, and what sends them: the citizen, the deadline, the freed places. */
package fr.creneau.booking.waitinglist.command;
