package com.erefiber.vicvil.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small valid config (secrets as ${ENV} references, given by {@link #ENV}) and helpers to write variants of it. */
public final class TestConfigs {
    public static final Map<String, String> ENV = Map.of(
            "INNAGO_CLIENT_SECRET", "innago-secret-value",
            "INNAGO_API_KEY", "innago-api-key-value",
            "UISP_CRM_API_KEY", "crm-key-value",
            "UISP_NMS_API_KEY", "nms-key-value");

    public static final String MINIMAL =
            """
            innago:
              client_id: vicvil-client
              client_secret: ${INNAGO_CLIENT_SECRET}
              api_key: ${INNAGO_API_KEY}
            uisp:
              url: https://uisp.example.net
              crm_api_key: ${UISP_CRM_API_KEY}
              nms_api_key: ${UISP_NMS_API_KEY}
              parent_site_id: site-parent-1
            complex:
              name: Victorian Village
              location:
                latitude: 39.4586
                longitude: -82.2318
            packages:
              - name: Village Fiber 500
                speed_down: 500
                speed_up: 500
                base_price: 45
                default: true
              - name: Village Fiber 1G
                speed_down: 1000
                speed_up: 1000
                base_price: 55
                tenant_addon: 10
            """;

    private TestConfigs() {}

    /** Writes {@code yaml} as config.yaml (mode 0600) in {@code dir}. */
    public static Path write(Path dir, String yaml) {
        return write(dir.resolve("config.yaml"), yaml, "rw-------");
    }

    public static Path write(Path file, String text, String mode) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MINIMAL without the line that contains {@code text}. */
    public static String without(String text) {
        List<String> lines = new ArrayList<>(MINIMAL.lines().toList());
        if (!lines.removeIf(line -> line.contains(text))) {
            throw new IllegalArgumentException(text);
        }
        return String.join("\n", lines) + "\n";
    }

    /** MINIMAL with its one occurrence of {@code from} replaced. */
    public static String replacing(String from, String to) {
        if (!MINIMAL.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return MINIMAL.replace(from, to);
    }

    /** The 1-based line of the first line of {@code yaml} containing {@code text}. */
    public static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
