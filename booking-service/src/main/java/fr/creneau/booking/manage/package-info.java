/** The citizen's change-or-cancel link, without an account: an unguessable token of which only a hash is kept. */
package fr.creneau.booking.manage;
