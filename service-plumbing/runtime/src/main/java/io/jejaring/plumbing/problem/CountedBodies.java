package io.jejaring.plumbing.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.vertx.ext.web.RoutingContext;

/**
 * Counts a request body as it is read, so that one sent without a {@code Content-Length} (chunked) is held to
 * {@link BodyLimits} too: past the limit, reading stops and the answer is 413 with a problem. A resource that
 * takes the body as an {@code InputStream} and reads it itself gets the counted stream, whose read past the limit
 * throws that problem. Requests only: the REST client, which also picks up providers, reads answers.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class CountedBodies implements ReaderInterceptor {

    @Inject
    RoutingContext routing;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = BodyLimits.limitFor(routing.normalizedPath());
        LimitedStream body = new LimitedStream(context.getInputStream(), limit);
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // a reader may wrap the stream's failure in its own (Jackson does): the count says what happened
            if (body.exceeded) {
                throw new ProblemException(BodyLimits.tooLarge(limit));
            }
            throw e;
        }
    }

    /** Fails a read that would pass the limit. */
    static final class LimitedStream extends FilterInputStream {

        private final long limit;
        private long read;
        boolean exceeded;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new ProblemException(BodyLimits.tooLarge(limit));
            }
        }
    }
}
