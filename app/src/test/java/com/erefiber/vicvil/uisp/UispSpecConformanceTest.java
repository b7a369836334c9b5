package com.erefiber.vicvil.uisp;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.http.Endpoint;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.testing.SharedFolder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation in {@link UispEndpoints} exists in the public specs in the sibling shared/specs folder: the
 * CRM in the 2025 API Blueprint, the NMS in the 2025 Swagger. The specs are read in place, never copied.
 */
class UispSpecConformanceTest {
    private static final String CRM_SPEC = "specs/uisp-crm-api-v1.0-blueprint-djok-static-2025-07.apib";
    private static final String NMS_SPEC = "specs/uisp-nms-api-v2.1-swagger2.0-djok-static-2025-07.json";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private static final Pattern HEADING = Pattern.compile("^#+\\s*(.*?)\\s*$");
    private static final Pattern ACTION_WITH_PATH = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE)\\s+(/\\S*)$");
    private static final Pattern ACTION = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE)$");
    private static final Pattern RESOURCE = Pattern.compile("^(/\\S*)$");

    @Test
    void everyCrmEndpointIsInTheBlueprint() throws IOException {
        Set<String> operations = blueprintOperations(SharedFolder.require(CRM_SPEC));

        assertThat(UispEndpoints.crm()).allSatisfy(endpoint -> assertThat(operations)
                .as("CRM blueprint has %s", endpoint)
                .contains(key(endpoint)));
    }

    @Test
    void everyNmsEndpointIsInTheSwagger() throws IOException {
        Set<String> operations = swaggerOperations(SharedFolder.require(NMS_SPEC));

        assertThat(UispEndpoints.nms()).allSatisfy(endpoint -> assertThat(operations)
                .as("NMS swagger has %s", endpoint)
                .contains(key(endpoint)));
    }

    @Test
    void theBlueprintReaderFollowsTheFilesHeadingConventions() throws IOException {
        Set<String> operations = blueprintOperations(SharedFolder.require(CRM_SPEC));

        // One of each convention: "# /path{?q}" + "## GET", "## POST /path", "# PATCH /path",
        // "## /path" + "## POST", and a bare action after an action-with-path returning to the resource.
        assertThat(operations)
                .contains(
                        "GET /clients",
                        "POST /clients",
                        "PATCH /clients/services/{}/suspend",
                        "POST /clients/{}/services",
                        "DELETE /invoices/{}",
                        "PATCH /invoices/{}/approve",
                        "GET /ticketing/tickets");
        assertThat(operations).doesNotContain("DELETE /invoices/{}/approve", "GET /clients/{}/services");
        assertThat(operations).hasSizeGreaterThan(300);
    }

    @Test
    void theRegistryListsEveryEndpointConstantExactlyOnce() throws IllegalAccessException {
        List<Endpoint> constants = new ArrayList<>();
        for (Field field : UispEndpoints.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Endpoint.class) {
                constants.add((Endpoint) field.get(null));
            }
        }
        List<Endpoint> listed = Stream.concat(UispEndpoints.crm().stream(), UispEndpoints.nms().stream())
                .toList();

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(constants);
    }

    /**
     * (method, path) pairs of the blueprint. Its headings use several forms: a resource {@code # /path{?q}}
     * (or {@code ## /path}) followed by bare actions {@code ## GET}; and actions with their own path
     * {@code ## POST /path} or {@code # PATCH /path}, which do not change the current resource. Any other
     * heading (Group, Data Structures, a type name) ends the current resource.
     */
    private static Set<String> blueprintOperations(Path file) throws IOException {
        Set<String> operations = new HashSet<>();
        String resource = null;
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            Matcher heading = HEADING.matcher(line);
            if (!heading.matches()) {
                continue;
            }
            String text = heading.group(1);
            Matcher withPath = ACTION_WITH_PATH.matcher(text);
            Matcher bare = ACTION.matcher(text);
            Matcher path = RESOURCE.matcher(text);
            if (withPath.matches()) {
                operations.add(withPath.group(1) + " " + normalise(withPath.group(2)));
            } else if (bare.matches()) {
                assertThat(resource)
                        .as("line %d: action %s without a resource heading", lineNumber, text)
                        .isNotNull();
                operations.add(bare.group(1) + " " + resource);
            } else if (path.matches()) {
                resource = normalise(path.group(1));
            } else {
                resource = null;
            }
        }
        return operations;
    }

    private static Set<String> swaggerOperations(Path file) throws IOException {
        JsonNode paths = Json.mapper().readTree(file.toFile()).path("paths");
        assertThat(paths.size()).as("paths in %s", file).isGreaterThan(100);
        Set<String> operations = new HashSet<>();
        Iterator<String> names = paths.fieldNames();
        while (names.hasNext()) {
            String path = names.next();
            paths.get(path).fieldNames().forEachRemaining(method -> {
                String upper = method.toUpperCase(Locale.ROOT);
                if (METHODS.contains(upper)) {
                    operations.add(upper + " " + normalise(path));
                }
            });
        }
        return operations;
    }

    private static String key(Endpoint endpoint) {
        return endpoint.method() + " " + normalise(endpoint.template());
    }

    /** Drops a {?query} template and a trailing slash, and names every placeholder {}. */
    private static String normalise(String path) {
        String bare = path.replaceAll("\\{\\?[^}]*}", "").replaceAll("\\{[^}]*}", "{}");
        return bare.length() > 1 && bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
    }
}
