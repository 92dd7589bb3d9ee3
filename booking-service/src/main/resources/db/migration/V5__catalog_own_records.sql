-- The catalog keeps booking-service's own records of what planning-service described (issue 17), no longer
-- planning-api's events: the same fields, without the event's type, id and time, under the record's name.
UPDATE catalog_entry SET kind = 'Commune', payload = payload - 'type' - 'eventId' - 'occurredAt'
    WHERE kind = 'CommuneChanged';
UPDATE catalog_entry SET kind = 'Place', payload = payload - 'type' - 'eventId' - 'occurredAt'
    WHERE kind = 'PlaceChanged';
UPDATE catalog_entry SET kind = 'Counter', payload = payload - 'type' - 'eventId' - 'occurredAt'
    WHERE kind = 'CounterChanged';
UPDATE catalog_entry SET kind = 'AppointmentType', payload = payload - 'type' - 'eventId' - 'occurredAt'
    WHERE kind = 'AppointmentTypeChanged';
UPDATE catalog_entry SET kind = 'Agent', payload = payload - 'type' - 'eventId' - 'occurredAt'
    WHERE kind = 'AgentChanged';
