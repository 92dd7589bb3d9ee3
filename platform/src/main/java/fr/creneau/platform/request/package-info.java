/** What a service refuses before any handler reads a request: a body too large, NUL in the address, loose JSON. */
package fr.creneau.platform.request;
