package fr.creneau.notification.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A commune's monthly SMS budget in euros: a warning at {@value #WARNING} %, and the operator's choice at 100 %. */
public record SmsBudget(BigDecimal monthly, WhenExhausted whenExhausted) {

    public static final int WARNING = 80;
    public static final int EXHAUSTED = 100;
    private static final BigDecimal LARGEST = new BigDecimal("100000");

    public SmsBudget {
        if (monthly == null || monthly.signum() <= 0 || monthly.compareTo(LARGEST) > 0 || monthly.scale() > 2) {
            throw new IllegalArgumentException(
                    "Le budget SMS mensuel doit être un montant en euros, au centime, entre 0,01 et 100 000.");
        }
        if (whenExhausted == null) {
            throw new IllegalArgumentException("Le champ « whenExhausted » (FALL_BACK_TO_EMAIL ou CONTINUE_AND_FLAG) "
                    + "est obligatoire.");
        }
    }

    /** The share of the budget spent, in whole percent, rounded down. */
    public int percentSpent(BigDecimal spent) {
        return spent.multiply(BigDecimal.valueOf(100)).divide(monthly, 0, RoundingMode.DOWN).intValue();
    }

    /** The thresholds ({@value #WARNING}, {@value #EXHAUSTED}) that {@code spent} has reached. */
    public List<Integer> thresholdsReached(BigDecimal spent) {
        List<Integer> reached = new ArrayList<>();
        int percent = percentSpent(spent);
        if (percent >= WARNING) {
            reached.add(WARNING);
        }
        if (percent >= EXHAUSTED) {
            reached.add(EXHAUSTED);
        }
        return reached;
    }

    public boolean exhaustedBy(BigDecimal spent) {
        return spent.compareTo(monthly) >= 0;
    }

    /** Whether SMS stop once {@code spent} is reached this month. */
    public boolean stopsSmsAt(BigDecimal spent) {
        return whenExhausted == WhenExhausted.FALL_BACK_TO_EMAIL && exhaustedBy(spent);
    }
}
