/** The gateway's own pages: the home page, the development inbox, and the addresses of the citizen and agent pages. */
package fr.creneau.gateway.pages;
