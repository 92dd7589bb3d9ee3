/** Faults on the real processes of the packaged platform, under a steady load of citizens, and what they cost. */
package fr.creneau.faults;
