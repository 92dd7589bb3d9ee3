/** Places (lieux) where a commune receives citizens. */
package fr.creneau.planning.place;
