/** Profiles the services while a benchmark runs (JFR through jcmd) and writes their flame graphs' main frames. */
package fr.creneau.benchmarks.profile;
