/** What an exceptional closure is and what happens to it. */
package fr.creneau.planning.closure.domain;
