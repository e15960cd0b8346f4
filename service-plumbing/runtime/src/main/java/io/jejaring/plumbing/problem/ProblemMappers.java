package io.jejaring.plumbing.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.inject.Any;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.jejaring.plumbing.domain.Constraints;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.FieldError;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Maps every failure to an RFC 9457 problem. Quarkus ships mappers of its own for some of these types, which
 * answer with empty bodies, so each type is mapped here by its exact class.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private volatile AcceptedMediaTypes accepted;

    @ServerExceptionMapper
    public Response problem(ProblemException failure) {
        return failure.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response domain(DomainException failure) {
        return DomainProblems.of(failure).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException failure) {
        return JsonProblems.of(failure).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException failure) {
        return JsonProblems.of(failure).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ResteasyReactiveViolationException failure) {
        return violations(failure);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException failure) {
        if (failure.getConstraintViolations().stream().anyMatch(MissingBody::is)) {
            return Problem.of(400, "body-required", "a JSON body is required").toResponse();
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : failure.getConstraintViolations()) {
            errors.add(new FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return Problem.invalid("the request has invalid fields", errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException failure) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException failure) {
        return hasExpired(failure) ? expired() : unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationIncomplete(AuthenticationCompletionException failure) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure) {
        return Problem.of(403, "forbidden", "this operation needs the admin group").toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, Request request, UriInfo uri) {
        int status = failure.getResponse().getStatus();
        if (status == 401) {
            return unauthenticated();
        }
        if (status == 415) {
            return unsupportedMediaType(request.getMethod(), uri.getPath());
        }
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus's JSON reader wraps a syntax error in a bare 400; the parser's own error says where.
            return JsonProblems.of(unreadable).toResponse();
        }
        if (status >= 500) {
            return unexpected(failure);
        }
        return Problem.of(status, kind(status), detail(status)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        // The class and the stack only: messages can quote request data, which must not reach the logs.
        LOG.errorf("unexpected %s (problem %s) at %s", failure.getClass().getName(), reference,
                failure.getStackTrace().length > 0 ? failure.getStackTrace()[0] : "?");
        return Problem.of(500, "internal", "unexpected error; reference " + reference).toResponse();
    }

    /** Names the media types the endpoint's {@code @Consumes} declares ("send text/vcard or text/csv"). */
    private Response unsupportedMediaType(String method, String path) {
        List<String> types = acceptedMediaTypes().forRequest(method, path);
        String hint = types.isEmpty() ? "send application/json" : AcceptedMediaTypes.sendHint(types);
        return Problem.of(415, "unsupported-media-type", "unsupported Content-Type; " + hint).toResponse();
    }

    /** Built on the first 415, from the resource classes among the application's beans. */
    private AcceptedMediaTypes acceptedMediaTypes() {
        AcceptedMediaTypes index = accepted;
        if (index == null) {
            List<Class<?>> classes = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .<Class<?>>map(bean -> bean.getBeanClass()).toList();
            index = AcceptedMediaTypes.of(classes);
            accepted = index;
        }
        return index;
    }

    /**
     * A token whose signature and issuer check out but whose time is up: smallrye-jwt wraps jose4j's verdict, which
     * it reaches only after the signature was verified, so a forged token never gets here.
     */
    static boolean hasExpired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }

    private static Response expired() {
        Response response = Problem.of(401, "token-expired",
                "the bearer token has expired; get a new one (on the local stack: ./jejaring token)").toResponse();
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\", error_description=\"the token has expired\"")
                .build();
    }

    private static Response unauthenticated() {
        Response response = Problem.of(401, "unauthorized",
                "a valid bearer token (RS256 JWT whose sub is the owner id) is required").toResponse();
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String kind(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "no acceptable representation; this API speaks application/json";
            case 413 -> "the request body is too large";
            default -> Response.Status.fromStatusCode(status) == null ? "request failed"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }

    /** {@code create.body.emails[0].address} becomes {@code emails[0].address}; a query parameter keeps its name. */
    private static String field(Path path) {
        return Constraints.field(path);
    }
}
