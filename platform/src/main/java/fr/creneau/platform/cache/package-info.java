/** Reads of rarely changed settings kept in memory a few seconds, forgotten at once by the instance that changes them. */
package fr.creneau.platform.cache;
