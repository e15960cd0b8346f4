package io.jejaring.plumbing.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * A span's W3C trace context ({@code traceparent}, and {@code tracestate} when there is one), as the propagator
 * writes it. It carries a request's trace past the outbox: taken when an event is appended, kept in the outbox
 * row, and sent as the record's headers of the same names (those of the CloudEvents distributed tracing
 * extension), from which a consumer reads it back. The relay publishes after the request's span has ended, so
 * the context must travel with the row rather than with the thread.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Headers> RECORD_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            return CloudEventHeaders.read(headers, key);
        }
    };

    /** The current span's context, or null when there is no valid span (as always while tracing is off). */
    public static TraceContext current() {
        return of(Context.current());
    }

    /** {@code context}'s span context, or null when it holds no valid span. */
    public static TraceContext of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(4);
        W3C.inject(context, carrier, Map::put);
        return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** Adds the {@code traceparent} header, and {@code tracestate} when there is one, to a record's headers. */
    public void addTo(Headers headers) {
        CloudEventHeaders.add(headers, TRACEPARENT, traceparent);
        if (tracestate != null) {
            CloudEventHeaders.add(headers, TRACESTATE, tracestate);
        }
    }

    /** The span context a record's headers carry; invalid when they carry none, or a malformed one. */
    public static SpanContext from(Headers headers) {
        return Span.fromContext(W3C.extract(Context.root(), headers, RECORD_HEADERS)).getSpanContext();
    }
}
