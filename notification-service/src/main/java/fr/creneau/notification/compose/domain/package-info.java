/** The composed message and what composing can give: a message ready to go, or a reason to send none. */
package fr.creneau.notification.compose.domain;
