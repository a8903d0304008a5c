package org.bluewhale.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void aHashVerifiesItsPasswordOnlyAndIsSaltedEachTime() {
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hasher.matches("correct horse battery staple", hash));
        assertFalse(hasher.matches("correct horse battery stapler", hash));
        assertFalse(hasher.matches("", hash));
        assertNotEquals(hash, hasher.hash("correct horse battery staple"), "a fresh salt per hash");
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"), hash);
    }

    @Test
    void theIterationCountTravelsWithTheHashSoItCanBeRaisedLater() {
        String old = new PasswordHasher(500).hash("s3cret");
        assertTrue(hasher.matches("s3cret", old), "verified with the 500 iterations it was made with");
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(hasher.matches("x", "plain-text-password"));
        assertFalse(hasher.matches("x", "md5$1$abc$def"));
    }

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        String a = AdminBootstrap.randomPassword(20);
        String b = AdminBootstrap.randomPassword(20);
        assertEquals(20, a.length());
        assertNotEquals(a, b);
        assertTrue(a.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), "no look-alike characters: " + a);
    }
}
