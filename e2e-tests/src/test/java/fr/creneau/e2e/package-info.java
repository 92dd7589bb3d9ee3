/** The whole platform, started like `./creneau` does, driven over HTTP through the gateway only. */
package fr.creneau.e2e;
