package fr.creneau.booking.counterday.command;

/** A command to one counter-day, which it names. */
public interface CounterDayCommand {

    String counterDayId();
}
