package io.jejaring.interactions;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

/**
 * Keeps the finished spans in memory, for the tests that turn tracing on. Quarkus exports to every SpanExporter
 * bean (in place of OTLP); while tracing is off, as in the other tests, nothing reaches it.
 */
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
