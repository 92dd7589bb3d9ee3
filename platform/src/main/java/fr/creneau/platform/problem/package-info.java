/** Every error a service answers is an {@code application/problem+json} document, worded in French. */
package fr.creneau.platform.problem;
