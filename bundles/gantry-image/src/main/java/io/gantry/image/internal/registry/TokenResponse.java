package io.gantry.image.internal.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.gantry.api.GantryException;
import io.gantry.image.internal.oci.CanonicalJson;

/** The answer of a token server: "token", or "access_token" from OAuth2-style servers. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenResponse(String token, @JsonProperty("access_token") String accessToken) {
    static String read(byte[] body) {
        TokenResponse response = CanonicalJson.read(body, TokenResponse.class, "registry token response");
        String token = response.token() != null ? response.token() : response.accessToken();
        if (token == null || token.isEmpty()) {
            throw new GantryException("the registry token server answered without a token");
        }
        return token;
    }
}
