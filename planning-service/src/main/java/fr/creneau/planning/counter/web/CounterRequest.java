package fr.creneau.planning.counter.web;

import fr.creneau.planning.counter.domain.CounterDetails;

import java.util.List;

public record CounterRequest(String placeId, String name, List<String> appointmentTypeIds) {

    CounterDetails details() {
        return new CounterDetails(placeId, name, appointmentTypeIds);
    }
}
