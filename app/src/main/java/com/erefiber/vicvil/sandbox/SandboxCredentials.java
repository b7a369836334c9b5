package com.erefiber.vicvil.sandbox;

/**
 * The credentials the sandbox accepts: Innago client id/secret and API key, UISP CRM app key and NMS token.
 * Derived from the seed, so a sandbox restarted with the same seed accepts the same config.
 */
public record SandboxCredentials(
        String innagoClientId, String innagoClientSecret, String innagoApiKey, String crmApiKey, String nmsApiKey) {

    static SandboxCredentials from(long seed) {
        Ids ids = new Ids(seed ^ 0x5A4DB0C5EC7E75L);
        return new SandboxCredentials(
                "vicvil-sandbox-" + ids.hex(4), ids.hex(24), ids.hex(16), ids.hex(16), ids.hex(20));
    }

    /**
     * The environment file's lines (names the config refers to as {@code ${NAME}}). The names carry a SANDBOX_
     * prefix: the environment wins over an env_file, so an operator's real INNAGO_… variables must not reach the
     * sandbox's config.
     */
    String envFile() {
        return "SANDBOX_INNAGO_CLIENT_ID=" + innagoClientId + "\n"
                + "SANDBOX_INNAGO_CLIENT_SECRET=" + innagoClientSecret + "\n"
                + "SANDBOX_INNAGO_API_KEY=" + innagoApiKey + "\n"
                + "SANDBOX_UISP_CRM_API_KEY=" + crmApiKey + "\n"
                + "SANDBOX_UISP_NMS_API_KEY=" + nmsApiKey + "\n";
    }

    /** Masks the secrets: only the client id is shown. */
    @Override
    public String toString() {
        return "SandboxCredentials[innagoClientId=" + innagoClientId + ", secrets=****]";
    }
}
