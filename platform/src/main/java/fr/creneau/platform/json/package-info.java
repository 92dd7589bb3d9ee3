/** How a request's JSON is read: strictly, and what is wrong with it said in French, naming the field. */
package fr.creneau.platform.json;
