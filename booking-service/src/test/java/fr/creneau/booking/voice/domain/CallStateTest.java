package fr.creneau.booking.voice.domain;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallStateTest {

    @Test
    void comesBackWholeFromItsQuery() {
        CallState state = CallState.NEW.withType("type-1").withOption("cni").withPersons(3)
                .offering(2, List.of(new CallState.OfferedSlot("c-1", Instant.parse("2026-12-15T08:20:00Z")),
                        new CallState.OfferedSlot("c-2", Instant.parse("2026-12-15T08:40:00Z"))))
                .missed();

        assertThat(CallState.of(parse(state.query()))).isEqualTo(state);
    }

    @Test
    void carriesTheAntsNumbersGivenAndTheOneJustTyped() {
        CallState state = CallState.NEW.withType("type-1").withPersons(3)
                .withAnts(AntsEntry.NONE.typing("AB12345678").kept().typing("CD12345678"));

        assertThat(CallState.of(parse(state.query()))).isEqualTo(state);
        assertThat(CallState.of(parse(CallState.NEW.withType("t").withAnts(AntsEntry.addedLater()).query())).ants()
                .later()).isTrue();
    }

    @Test
    void dropsValuesThatWouldChangeWhenEncoded() {
        Map<String, String> query = new HashMap<>(Map.of("motif", "a b", "personnes", "2"));

        CallState state = CallState.of(query);

        assertThat(state.typeId()).isNull();
        assertThat(state.persons()).isEqualTo(2);
    }

    @Test
    void aSpoiledQueryStartsTheCallOver() {
        assertThat(CallState.of(Map.of("personnes", "deux"))).isEqualTo(CallState.NEW);
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> values = new HashMap<>();
        UriComponentsBuilder.fromUriString(query).build().getQueryParams()
                .forEach((name, list) -> values.put(name, list.get(0)));
        return values;
    }
}
