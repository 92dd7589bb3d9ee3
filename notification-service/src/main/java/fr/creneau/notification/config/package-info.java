/** Wiring that belongs to no feature: the service's settings and its clock. */
package fr.creneau.notification.config;
