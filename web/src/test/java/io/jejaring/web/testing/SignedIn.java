package io.jejaring.web.testing;

import static io.restassured.RestAssured.given;

import io.jejaring.web.session.SessionCookie;
import io.restassured.specification.RequestSpecification;

/** Signs an owner in through a one-time link, as a browser would, and makes requests with their session. */
public final class SignedIn {

    private SignedIn() {
    }

    public static String session(String owner) {
        return given().redirects().follow(false).queryParam("code", FakeServices.tokens().signInCode(owner))
                .get("/signin").then().statusCode(200).extract().cookie(SessionCookie.NAME);
    }

    public static RequestSpecification as(String owner) {
        return given().redirects().follow(false).cookie(SessionCookie.NAME, session(owner));
    }
}
