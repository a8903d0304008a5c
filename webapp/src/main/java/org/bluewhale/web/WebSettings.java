package org.bluewhale.web;

import org.bluewhale.web.tls.HttpsSettings;

/**
 * How the web server listens and protects itself.
 *
 * @param ratePerSecond requests a second one client address may make on average (429 past it)
 * @param rateBurst     requests a client may make at once before the average applies
 * @param https         HTTPS settings, or null for plain HTTP only
 */
public record WebSettings(int ratePerSecond, int rateBurst, HttpsSettings https) {
}
