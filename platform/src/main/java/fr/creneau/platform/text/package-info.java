/** Small rules for the texts clients send, the same in every service and the gateway. */
package fr.creneau.platform.text;
