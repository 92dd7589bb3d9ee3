-- CounterDay moved from counterday.domain to counterday.command (issue 17). A snapshot names its class, so one taken
-- before the move cannot be read back. Snapshots only save a replay: each counter-day is rebuilt from its events,
-- and snapshotted again past the threshold.
DELETE FROM snapshotevententry WHERE payloadtype = 'fr.creneau.booking.counterday.domain.CounterDay';
