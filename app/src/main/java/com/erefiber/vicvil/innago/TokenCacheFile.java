package com.erefiber.vicvil.innago;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an Innago token may rest between runs (DESIGN §4): a JSON file of mode 0600 in the state
 * folder, holding access token, refresh token, expiry, and the client id and token URL it was minted for.
 * The cache is only an optimisation: a file that is missing, unreadable, malformed, readable by others or
 * minted for other credentials is ignored, and a failed write only costs a token request next run.
 */
final class TokenCacheFile {
    private static final Logger LOG = LoggerFactory.getLogger(TokenCacheFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final String clientId;
    private final String tokenUrl;
    private final ObjectMapper mapper;

    TokenCacheFile(Path file, String clientId, String tokenUrl, ObjectMapper mapper) {
        this.file = file;
        this.clientId = clientId;
        this.tokenUrl = tokenUrl;
        this.mapper = mapper;
    }

    Optional<AccessToken> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                LOG.warn("ignoring the Innago token cache {}: it is readable by others (it should be 0600)", file);
                return Optional.empty();
            }
            JsonNode json = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!clientId.equals(json.path("clientId").asText())
                    || !tokenUrl.equals(json.path("tokenUrl").asText())
                    || json.path("accessToken").asText().isBlank()) {
                return Optional.empty();
            }
            String refresh = json.path("refreshToken").asText("");
            return Optional.of(new AccessToken(
                    json.path("accessToken").asText(),
                    refresh.isBlank() ? Optional.empty() : Optional.of(refresh),
                    Instant.parse(json.path("expiresAt").asText())));
        } catch (IOException | RuntimeException e) {
            // Includes a file system without POSIX permissions: then nothing is ever cached.
            LOG.debug(
                    "ignoring the Innago token cache {}: {}", file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    void write(AccessToken token) {
        ObjectNode json = mapper.createObjectNode()
                .put("clientId", clientId)
                .put("tokenUrl", tokenUrl)
                .put("accessToken", token.accessToken())
                .put("refreshToken", token.refreshToken().orElse(""))
                .put("expiresAt", token.expiresAt().toString());
        Path temp = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            // Created 0600 from the start and moved into place, so the token is never readable by others.
            temp = Files.createTempFile(
                    folder, ".innago-token", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temp, mapper.writeValueAsString(json), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "could not cache the Innago token in {} ({}); the next run asks for a new one",
                    file,
                    e.getClass().getSimpleName());
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.debug("could not delete {}", temp);
        }
    }
}
