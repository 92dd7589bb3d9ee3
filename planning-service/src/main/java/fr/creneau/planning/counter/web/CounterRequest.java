package fr.creneau.planning.counter.web;

import fr.creneau.planning.counter.domain.CounterDetails;

import java.util.List;

public record CounterRequest(String placeId, String name, List<String> appointmentTypeIds, List<String> serviceIds) {

    CounterDetails details() {
        return new CounterDetails(placeId, name, appointmentTypeIds, serviceIds);
    }
}
