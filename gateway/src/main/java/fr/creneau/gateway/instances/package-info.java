/** Where each service's instances are: the addresses listed in PLANNING_URL, BOOKING_URL... for the load balancer. */
package fr.creneau.gateway.instances;
