/** Who is on a waiting list and what they are offered, kept in the command's transaction. */
package fr.creneau.booking.waitinglist.view;
