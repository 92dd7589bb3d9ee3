/** The sms_fact table and the projector that applies each notification event to it once. */
package fr.creneau.stats.sms.view;
