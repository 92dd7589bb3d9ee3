package fr.creneau.notification.billing.domain;

/** What the operator chose for a commune whose monthly SMS budget is spent. */
public enum WhenExhausted {
    /** no more SMS this month: e-mail carries the notices */
    FALL_BACK_TO_EMAIL,
    /** SMS go on, and the month is flagged as over budget */
    CONTINUE_AND_FLAG
}
