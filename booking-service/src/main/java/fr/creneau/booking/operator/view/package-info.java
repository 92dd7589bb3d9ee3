/** Counts of appointments across communes, for the operator. */
package fr.creneau.booking.operator.view;
