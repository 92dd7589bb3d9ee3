/** A commune's colours and logo, set by its administrator and shown on its citizen pages. */
package fr.creneau.gateway.branding;
