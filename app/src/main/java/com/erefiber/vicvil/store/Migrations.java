package com.erefiber.vicvil.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The store's numbered schema migrations, {@code db/migration/V001__init.sql}, …, listed in order in
 * {@code db/migration/index.txt} (a jar cannot be listed reliably, so the index names them; a test checks
 * that every script is listed). Applied versions are kept in {@code schema_version}.
 */
final class Migrations {
    static final String FOLDER = "db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__[a-z0-9_]+\\.sql");

    /** One schema step. */
    record Migration(int version, String name, String sql) {}

    private Migrations() {}

    /** The migrations shipped on the classpath, checked to be numbered 1, 2, 3, … without gaps. */
    static List<Migration> fromClasspath() {
        List<Migration> migrations = new ArrayList<>();
        List<String> names = resource(FOLDER + "index.txt")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        for (String name : names) {
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalStateException(
                        FOLDER + "index.txt lists \"" + name + "\", not a V<NNN>__<name>.sql file");
            }
            int version = Integer.parseInt(matcher.group(1));
            if (version != migrations.size() + 1) {
                throw new IllegalStateException(
                        FOLDER + "index.txt lists " + name + " where version " + (migrations.size() + 1) + " belongs");
            }
            migrations.add(new Migration(version, name, resource(FOLDER + name)));
        }
        return List.copyOf(migrations);
    }

    /**
     * Applies the migrations not yet applied, each in its own transaction together with its
     * {@code schema_version} row, so a failed step leaves the store at the previous version.
     *
     * @return the highest version the store knows of, for the caller to compare with {@code migrations}
     */
    static int apply(Handle handle, List<Migration> migrations, Clock clock) {
        handle.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        for (Migration migration : migrations) {
            // The version is re-read inside the transaction: the store uses BEGIN IMMEDIATE, so two
            // processes opening a fresh store apply each step once between them.
            handle.useTransaction(transaction -> {
                if (isApplied(transaction, migration.version())) {
                    return;
                }
                transaction.createScript(migration.sql()).executeAsSeparateStatements();
                transaction
                        .createUpdate("INSERT INTO schema_version (version, name, applied_at) VALUES (:v, :n, :t)")
                        .bind("v", migration.version())
                        .bind("n", migration.name())
                        .bind("t", Columns.time(clock.instant()))
                        .execute();
            });
        }
        return currentVersion(handle);
    }

    /** The version of a store that may not have been migrated at all (0: no vicvil schema in it yet). */
    static int storedVersion(Handle handle) {
        boolean versioned = handle.createQuery(
                                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
                        .mapTo(Integer.class)
                        .one()
                > 0;
        return versioned ? currentVersion(handle) : 0;
    }

    static int currentVersion(Handle handle) {
        return handle.createQuery("SELECT coalesce(max(version), 0) FROM schema_version")
                .mapTo(Integer.class)
                .one();
    }

    private static boolean isApplied(Handle handle, int version) {
        return handle.createQuery("SELECT count(*) FROM schema_version WHERE version = :v")
                        .bind("v", version)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** The text of a classpath resource (the scripts are packaged with the code, so absence is a build bug). */
    private static String resource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }
}
