/** What a service refuses while the platform's operator has suspended a commune. */
package fr.creneau.platform.suspension;
