package fr.creneau.launcher;

import java.util.List;

/** A Kafka cluster run by someone else (KAFKA_BOOTSTRAP_SERVERS). */
record ExternalBroker(String bootstrapServers) implements Broker {

    @Override
    public List<Long> processIds() {
        return List.of();
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
