/**
 * Citizens' contact details, sealed with a key per appointment kept in its own table: deleting the key erases the
 * details from every event that carries them (crypto-shredding).
 */
package fr.creneau.booking.contact;
