/** Creating a commune and setting which holidays close it. */
package fr.creneau.planning.commune.command;
