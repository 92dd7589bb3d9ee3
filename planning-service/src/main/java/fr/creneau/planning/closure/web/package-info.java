/** HTTP API of exceptional closures. */
package fr.creneau.planning.closure.web;
