package com.erefiber.vicvil.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;

/**
 * The files {@code vicvil sandbox} leaves for the operator: a config pointing at the sandbox, the ONU
 * inventory with the serials its ONUs have, and the credentials in an env file only the owner can read.
 */
public record SandboxFiles(Path config, Path inventory, Path envFile) {
    static final String CONFIG = "config.yaml";
    static final String INVENTORY = "onus.csv";
    static final String ENV = "sandbox.env";
    /** The state database the sandbox config names, beside it. */
    static final String STATE = "vicvil.db";
    /** The first line of every config the sandbox writes: how a folder is known to be a sandbox's. */
    private static final String CONFIG_HEADER = "# vicvil configuration for the sandbox";

    static SandboxFiles write(Sandbox sandbox, Path dir) throws IOException {
        Files.createDirectories(dir);
        SandboxFiles files = new SandboxFiles(dir.resolve(CONFIG), dir.resolve(INVENTORY), dir.resolve(ENV));
        writePrivate(files.envFile(), sandbox.credentials().envFile());
        Files.writeString(files.inventory(), inventory(sandbox.world()), StandardCharsets.UTF_8);
        Files.writeString(files.config(), config(sandbox), StandardCharsets.UTF_8);
        return files;
    }

    /** The state database the sandbox's config names, in {@code dir}. */
    public static Path stateFile(Path dir) {
        return dir.resolve(STATE);
    }

    /** {@code dir}'s config.yaml when it is there and the sandbox did not write it (the sandbox must not overwrite it). */
    public static Optional<Path> foreignConfig(Path dir) throws IOException {
        Path config = dir.resolve(CONFIG);
        if (!Files.isRegularFile(config)) {
            return Files.exists(config) ? Optional.of(config) : Optional.empty();
        }
        // The header is ASCII; Latin-1 reads any file without a decoding error.
        try (BufferedReader reader = Files.newBufferedReader(config, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            return first != null && first.startsWith(CONFIG_HEADER) ? Optional.empty() : Optional.of(config);
        }
    }

    private static String config(Sandbox sandbox) {
        World world = sandbox.world();
        return String.format(
                Locale.ROOT,
                """
                %s (seed %d): fakes of Innago and UISP on this machine.
                # The credentials are in sandbox.env, next to this file.
                env_file: %s

                innago:
                  api_url: %s
                  client_id: "${SANDBOX_INNAGO_CLIENT_ID}"
                  client_secret: "${SANDBOX_INNAGO_CLIENT_SECRET}"
                  api_key: "${SANDBOX_INNAGO_API_KEY}"

                uisp:
                  url: %s
                  crm_api_key: "${SANDBOX_UISP_CRM_API_KEY}"
                  nms_api_key: "${SANDBOX_UISP_NMS_API_KEY}"
                  parent_site_id: %s

                complex:
                  name: %s
                  address: "%s"
                  location:
                    latitude: %s
                    longitude: %s
                  client_id: %d
                  billing_email: office@victorian-village.example

                inventory:
                  path: %s

                packages:
                  - name: Village Fiber 500
                    uisp_plan: Village Fiber 500
                    speed_down: 500
                    speed_up: 500
                    base_price: 45
                    tenant_addon: 0
                    default: true
                  - name: Village Fiber 1G
                    uisp_plan: Village Fiber 1G
                    speed_down: 1000
                    speed_up: 1000
                    base_price: 55
                    tenant_addon: 10
                  - name: Village Fiber 2G
                    uisp_plan: Village Fiber 2G
                    speed_down: 2000
                    speed_up: 2000
                    base_price: 60
                    tenant_addon: 15

                billing:
                  timezone: %s

                state:
                  path: %s

                holds:
                  path: holds.yaml
                """,
                CONFIG_HEADER,
                world.seed(),
                ENV,
                sandbox.innagoApiUrl(),
                sandbox.uispUrl(),
                world.parentSiteId(),
                Complex.NAME,
                Complex.ADDRESS,
                Complex.LATITUDE,
                Complex.LONGITUDE,
                world.complexClientId(),
                INVENTORY,
                Complex.ZONE.getId(),
                STATE);
    }

    /** The inventory CSV in the operator's format, one row per unit with its ONU's serial and MAC. */
    private static String inventory(World world) {
        StringBuilder csv =
                new StringBuilder("onu_name,serial_number,mac_address,property,unit,date_added,status,uisp_id\n");
        for (World.InventoryRow row : world.inventory()) {
            csv.append(row.unit().slug())
                    .append(',')
                    .append(row.serialNumber())
                    .append(',')
                    .append(row.mac())
                    .append(',')
                    .append(row.unit().property())
                    .append(',')
                    .append(row.unit().unit())
                    .append(',')
                    .append(row.dateAdded())
                    .append(",installed,\n");
        }
        return csv.toString();
    }

    /** Writes a file readable by its owner only: created 0600 under a temporary name, then moved into place. */
    private static void writePrivate(Path file, String content) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temp = posix
                ? Files.createTempFile(
                        file.getParent(),
                        ".sandbox",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), ".sandbox", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
