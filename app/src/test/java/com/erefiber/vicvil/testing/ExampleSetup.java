package com.erefiber.vicvil.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A folder holding the project's own config.example.yaml and example inventory, as a newcomer sets them up. */
public final class ExampleSetup {
    /** Placeholder secrets, as the README gives them. */
    public static final Map<String, String> ENV = Map.of(
            "INNAGO_CLIENT_ID", "example-client",
            "INNAGO_CLIENT_SECRET", "example-secret",
            "INNAGO_API_KEY", "example-key",
            "UISP_CRM_API_KEY", "example-crm-key",
            "UISP_NMS_API_KEY", "example-nms-key",
            "SMTP_PASS", "example-smtp-pass");

    private ExampleSetup() {}

    /** Copies the example config to {@code dir/config.yaml} and the example inventory to {@code dir/inventory/onus.csv}. */
    public static Path copyInto(Path dir) throws IOException {
        Path root = SharedFolder.repoRoot();
        Path config = dir.resolve("config.yaml");
        Files.copy(root.resolve("config.example.yaml"), config);
        Files.createDirectories(dir.resolve("inventory"));
        Files.copy(root.resolve("inventory/onus.example.csv"), dir.resolve("inventory/onus.csv"));
        return config;
    }
}
