/** The dead letters recorded from notification.dlq, newest first. */
package fr.creneau.notification.deadletter.view;
