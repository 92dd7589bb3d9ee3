/** A commune's API keys: created by its administrator, shown once, kept hashed, scoped read or write, revocable. */
package fr.creneau.gateway.apikey;
