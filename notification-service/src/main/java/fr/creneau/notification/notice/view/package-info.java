/** The notices of an appointment with every attempt and outcome. */
package fr.creneau.notification.notice.view;
