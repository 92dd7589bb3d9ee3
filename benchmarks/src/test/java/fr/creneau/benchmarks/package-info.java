/** Measures the stack under load, always beside the machine's own limits measured in the same run. */
package fr.creneau.benchmarks;
