package fr.creneau.notification.notice.domain;

/** What a message is about; each kind has its default texts and its channel settings. */
public enum NoticeKind {
    ONE_TIME_CODE,
    CONFIRMATION,
    /** booked by phone without the ANTS pre-application numbers its type asks for: add them through the link */
    ANTS_NUMBERS_REQUESTED,
    AWAITING_APPROVAL,
    APPROVED,
    REFUSED,
    REMINDER,
    RESCHEDULED,
    MODIFIED,
    UNSCHEDULED,
    CANCELLED_BY_CITIZEN,
    CANCELLED_BY_MAIRIE,
    NO_SHOW,
    /** to a citizen on the waiting list: an earlier slot freed up and is theirs to take for a few minutes */
    EARLIER_SLOT_OFFERED,
    AGENT_APPROVAL_NEEDED,
    AGENT_DAILY_AGENDA,
    /** to the commune's agents: its monthly SMS budget reached a threshold */
    SMS_BUDGET_ALERT;

    /** Notices to the mairie's agents, not to the citizen. */
    public boolean forAgents() {
        return this == AGENT_APPROVAL_NEEDED || this == AGENT_DAILY_AGENDA || this == SMS_BUDGET_ALERT;
    }
}
