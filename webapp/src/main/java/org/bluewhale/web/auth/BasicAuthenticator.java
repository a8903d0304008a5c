package org.bluewhale.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bluewhale.store.org.Operator;
import org.bluewhale.store.org.OperatorRepository;

/**
 * Checks HTTP Basic credentials against the operator table. A PBKDF2 check costs a few hundred
 * milliseconds by design, so a successful check is remembered for a few minutes (keyed by a
 * SHA-256 of the header, never the password itself) to let scripts poll the API.
 */
public final class BasicAuthenticator {

    private static final long REMEMBER_MILLIS = 5 * 60_000;

    private final OperatorRepository operators;
    private final PasswordHasher hasher;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    public BasicAuthenticator(OperatorRepository operators, PasswordHasher hasher) {
        this.operators = operators;
        this.hasher = hasher;
    }

    /** The operator the Authorization header proves, or empty. */
    public Optional<String> authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String login = decoded.substring(0, colon);
        String cacheKey = sha256(authorizationHeader);
        Long until = verified.get(cacheKey);
        if (until != null && until > System.currentTimeMillis()) {
            return Optional.of(login);
        }
        Optional<Operator> operator = operators.find(login);
        if (operator.isPresent() && hasher.matches(decoded.substring(colon + 1), operator.get().passwordHash())) {
            verified.put(cacheKey, System.currentTimeMillis() + REMEMBER_MILLIS);
            return Optional.of(login);
        }
        return Optional.empty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
