package org.iwtraining.booking.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void shouldReproduceTheStandardWebhooksTestVector() {
        // The vector the Standard Webhooks reference libraries test against.
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    @Test
    void shouldChangeTheSignatureWhenTheBodyTimestampOrIdChanges() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String base = WebhookSignature.sign(secret, "msg_1", 1000L, "{}");
        assertNotEquals(base, WebhookSignature.sign(secret, "msg_1", 1000L, "{ }"));
        assertNotEquals(base, WebhookSignature.sign(secret, "msg_1", 1001L, "{}"));
        assertNotEquals(base, WebhookSignature.sign(secret, "msg_2", 1000L, "{}"));
    }

    @Test
    void shouldIssueSecretsOfTwentyFourRandomBytesInTheWhsecFormat() {
        String secret = WebhookService.newSecret();
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(24, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertNotEquals(secret, WebhookService.newSecret());
    }
}
