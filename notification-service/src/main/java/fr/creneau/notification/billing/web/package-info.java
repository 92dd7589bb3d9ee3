/** The operator's SMS endpoints: budgets, and the monthly usage report in JSON and CSV. */
package fr.creneau.notification.billing.web;
