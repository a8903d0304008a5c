package org.bluewhale.web.auth;

import io.javalin.security.RouteRole;

/** The marker of the few routes open without credentials: health and login. */
public enum Anyone implements RouteRole {
    ANYONE
}
