package io.jejaring.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

class TraceContextTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String SPAN_ID = "00f067aa0ba902b7";

    static Context withSpan(TraceState state) {
        SpanContext span = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), state);
        return Context.root().with(Span.wrap(span));
    }

    @Test
    void withoutAValidSpanThereIsNoTraceContext() {
        assertThat(TraceContext.current()).isNull();
        assertThat(TraceContext.of(Context.root())).isNull();
    }

    @Test
    void aSpansContextIsItsW3cTraceparentAndTracestate() {
        TraceContext trace = TraceContext.of(withSpan(TraceState.builder().put("vendor", "value").build()));

        assertThat(trace.traceparent()).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
        assertThat(trace.tracestate()).isEqualTo("vendor=value");
    }

    @Test
    void theRecordHeadersCarryTheSpanContextToTheConsumer() {
        Headers headers = new RecordHeaders();
        TraceContext.of(withSpan(TraceState.builder().put("vendor", "value").build())).addTo(headers);

        SpanContext read = TraceContext.from(headers);

        assertThat(read.isValid()).isTrue();
        assertThat(read.isRemote()).isTrue();
        assertThat(read.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(read.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(read.isSampled()).isTrue();
        assertThat(read.getTraceState().get("vendor")).isEqualTo("value");
    }

    @Test
    void anEmptyTracestateAddsNoHeader() {
        Headers headers = new RecordHeaders();
        TraceContext.of(withSpan(TraceState.getDefault())).addTo(headers);

        assertThat(headers.lastHeader(TraceContext.TRACEPARENT)).isNotNull();
        assertThat(headers.lastHeader(TraceContext.TRACESTATE)).isNull();
    }

    @Test
    void missingOrMalformedHeadersCarryNoContext() {
        assertThat(TraceContext.from(new RecordHeaders()).isValid()).isFalse();

        Headers malformed = new RecordHeaders();
        malformed.add(TraceContext.TRACEPARENT, "00-not-a-trace-01".getBytes(StandardCharsets.UTF_8));
        assertThat(TraceContext.from(malformed).isValid()).isFalse();
    }
}
