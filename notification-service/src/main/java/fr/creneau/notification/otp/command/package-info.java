/** Records the notices of a one-time code on the channels the citizen can be reached on. */
package fr.creneau.notification.otp.command;
