/** HTTP API of communes: creation, description, public holidays. */
package fr.creneau.planning.commune.web;
