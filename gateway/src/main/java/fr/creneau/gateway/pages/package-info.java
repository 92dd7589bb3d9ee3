/** The gateway's own pages: the home page and the development inbox. */
package fr.creneau.gateway.pages;
