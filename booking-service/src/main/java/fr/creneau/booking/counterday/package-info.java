/** The consistency unit: one counter on one day, its capacity and its appointments, event-sourced with Axon. */
package fr.creneau.booking.counterday;
