/** The day's list of a commune for its agents: who comes, when, where, with their ANTS numbers, in JSON or CSV. */
package fr.creneau.booking.daylist;
