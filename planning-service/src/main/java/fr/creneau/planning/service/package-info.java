/** Municipal services (état civil, affaires scolaires, cabinet du maire...) that agents belong to. */
package fr.creneau.planning.service;
