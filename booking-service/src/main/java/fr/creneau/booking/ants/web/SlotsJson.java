package fr.creneau.booking.ants.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.creneau.booking.ants.domain.AntsTimes;
import fr.creneau.booking.ants.view.TimeSlots;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes {@code availableTimeSlots}' answer as it is worked out, point by point, with Jackson's streaming generator:
 * a national search over three months is a hundred thousand slots, which need never sit in memory as a whole.
 */
final class SlotsJson {

    private SlotsJson() {
    }

    static void write(JsonFactory factory, List<TimeSlots.PointSlots> points, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            for (TimeSlots.PointSlots point : points) {
                json.writeArrayFieldStart(point.meetingPointId());
                for (TimeSlots.TimeSlot slot : point.slots()) {
                    json.writeStartObject();
                    json.writeStringField("datetime", AntsTimes.slot(slot.start()));
                    json.writeStringField("callback_url", slot.callbackUrl());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }
}
