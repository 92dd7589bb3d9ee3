/** The ANTS' coordination API as we call it, and the installation's settings for it. */
package fr.creneau.booking.ants.adapter;
