/** Which part of the commune's planning an account may change: a service manager only their services' part. */
package fr.creneau.planning.shared.scope;
