package org.bluewhale.web;

import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Set;

/** One route of the API and who may call it; the list of them is what the OpenAPI document is checked against. */
public record Endpoint(HandlerType method, String path, Set<RouteRole> roles) {
}
