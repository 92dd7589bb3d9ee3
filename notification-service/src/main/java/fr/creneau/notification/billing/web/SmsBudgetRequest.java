package fr.creneau.notification.billing.web;

import fr.creneau.notification.billing.domain.SmsBudget;
import fr.creneau.notification.billing.domain.WhenExhausted;
import fr.creneau.platform.problem.InvalidRequestException;

import java.math.BigDecimal;

/** {@code monthlyBudget} in euros ({@code 21.00}); {@code whenExhausted} what happens once it is spent. */
public record SmsBudgetRequest(BigDecimal monthlyBudget, WhenExhausted whenExhausted) {

    SmsBudget budget() {
        if (monthlyBudget == null) {
            throw new InvalidRequestException("Le champ « monthlyBudget » (le budget SMS du mois, en euros) est obligatoire.");
        }
        try {
            return new SmsBudget(monthlyBudget, whenExhausted);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }
}
