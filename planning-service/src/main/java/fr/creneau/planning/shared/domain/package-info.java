/** Values every planning feature shares: opening ranges written as {@code 09h00-12h00}, weekly hours, delays. */
package fr.creneau.planning.shared.domain;
