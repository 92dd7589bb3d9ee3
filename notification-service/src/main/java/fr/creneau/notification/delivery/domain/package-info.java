/** A transport for one channel, what it says once it accepted a message, and the transport of each channel. */
package fr.creneau.notification.delivery.domain;
