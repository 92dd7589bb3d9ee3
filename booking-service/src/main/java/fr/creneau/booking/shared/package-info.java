/** What several features of booking-service use, by role: problem+json for booking refusals, the Kafka sender. */
package fr.creneau.booking.shared;
