-- The W3C trace context (traceparent, tracestate) of the span that wrote the event, sent with it as Kafka headers
-- so that the consumers' spans link back to the request. NULL while tracing is off. Nullable columns without a
-- default: adding them rewrites no rows.
ALTER TABLE outbox
    ADD COLUMN traceparent text,
    ADD COLUMN tracestate  text;
