package io.jejaring.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The signed-in owner of this request, set by {@link SignedInFilter}; templates read it as {@code inject:user}. */
@RequestScoped
@Named("user")
public class CurrentUser {

    private Session session;

    void signIn(Session session) {
        this.session = session;
    }

    public boolean isSignedIn() {
        return session != null;
    }

    public String owner() {
        return required().owner();
    }

    public String apiToken() {
        return required().apiToken();
    }

    public String sessionId() {
        return required().id();
    }

    private Session required() {
        if (session == null) {
            throw new IllegalStateException("no one is signed in on this request");
        }
        return session;
    }
}
