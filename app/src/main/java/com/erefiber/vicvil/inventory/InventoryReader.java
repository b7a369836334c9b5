package com.erefiber.vicvil.inventory;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.FileErrors;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the operator's ONU inventory CSV as is: header
 * {@code onu_name,serial_number,mac_address,property,unit,date_added,status,uisp_id} in any order, unknown
 * columns ignored; every one of those columns must be in the header (its values may be blank). Every problem in the file is collected
 * and reported at once (file:line and column), so the operator fixes the file in one pass.
 */
public final class InventoryReader {
    /** The operator's header, in the order their file has it. */
    public static final List<String> COLUMNS =
            List.of("onu_name", "serial_number", "mac_address", "property", "unit", "date_added", "status", "uisp_id");
    /** Besides ISO dates, the US form a spreadsheet writes when the file was edited in Excel. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<String, String> aliases;

    /** {@code aliases}: a differing spelling of a building in the file → its Innago property name. */
    public InventoryReader(Map<String, String> aliases) {
        Map<String, String> byKey = new HashMap<>();
        aliases.forEach((alias, name) -> byKey.put(aliasKey(alias), name.strip()));
        this.aliases = Map.copyOf(byKey);
    }

    /** Reads and checks {@code file}; throws {@link InventoryException} naming every problem found. */
    public Inventory read(Path file) {
        FileErrors.notAFile(file).ifPresent(reason -> {
            throw new InventoryException(List.of(file + ": cannot read the inventory: " + reason));
        });
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(reader)
                        .withCSVParser(new RFC4180ParserBuilder().build())
                        .build()) {
            return new FileParse(file, csv).run();
        } catch (NoSuchFileException e) {
            throw new InventoryException(file + ": inventory file not found", e);
        } catch (IOException e) {
            throw new InventoryException(file + ": cannot read the inventory: " + FileErrors.reason(e), e);
        }
    }

    /** Aliases match whatever the case and spacing of the file's spelling. */
    private static String aliasKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** One pass over one file: the problems found so far and what earlier lines claimed. */
    private final class FileParse {
        private final Path file;
        private final CSVReader csv;
        private final List<String> problems = new ArrayList<>();
        private final List<InventoryRow> rows = new ArrayList<>();
        private final Map<String, Integer> columns = new HashMap<>();
        private final Map<String, Integer> unitLines = new HashMap<>();
        private final Map<String, Integer> serialLines = new HashMap<>();
        private final Map<String, Integer> macLines = new HashMap<>();
        private final Map<String, Integer> onuNameLines = new HashMap<>();
        private final Map<String, InventoryRow> buildingFirstRows = new HashMap<>();
        private int recordLine;

        FileParse(Path file, CSVReader csv) {
            this.file = file;
            this.csv = csv;
        }

        Inventory run() throws IOException {
            String[] header = next();
            if (header == null) {
                throw new InventoryException(
                        List.of(file + ": empty file; expected the header " + String.join(",", COLUMNS)));
            }
            readHeader(header);
            if (!problems.isEmpty()) {
                throw new InventoryException(problems);
            }
            String[] record;
            while ((record = next()) != null) {
                readRecord(record, header.length);
            }
            if (problems.isEmpty() && rows.isEmpty()) {
                problems.add(file + ": no units listed under the header");
            }
            if (!problems.isEmpty()) {
                throw new InventoryException(problems);
            }
            return new Inventory(file, rows);
        }

        /** The next record that is not blank, with {@link #recordLine} set to the line it starts on; null at the end. */
        private String[] next() throws IOException {
            while (true) {
                long linesBefore = csv.getLinesRead();
                String[] record;
                try {
                    record = csv.readNext();
                } catch (CsvMalformedLineException e) {
                    problems.add(file + ":" + (linesBefore + 1) + ": a quoted value is never closed (missing \")");
                    throw new InventoryException(problems);
                } catch (CharacterCodingException e) {
                    problems.add(file + ":" + (linesBefore + 1) + ": not UTF-8 text (save the file as \"CSV UTF-8\")");
                    throw new InventoryException(problems);
                } catch (CsvValidationException e) {
                    throw new IllegalStateException(
                            "no validator is configured, yet opencsv reported: " + e.getMessage(), e);
                }
                if (record == null) {
                    return null;
                }
                recordLine = Math.toIntExact(linesBefore + 1);
                // Spreadsheets leave empty lines and rows of bare commas behind; they are not units.
                if (Arrays.stream(record).anyMatch(value -> !value.isBlank())) {
                    return record;
                }
            }
        }

        private void readHeader(String[] header) {
            for (int i = 0; i < header.length; i++) {
                String name = header[i];
                if (i == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
                    name = name.substring(1);
                }
                name = name.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                Integer earlier = columns.putIfAbsent(name, i);
                if (earlier != null) {
                    problem("column " + name + ": appears twice in the header (columns " + (earlier + 1) + " and "
                            + (i + 1) + ")");
                }
            }
            for (String required : COLUMNS) {
                if (!columns.containsKey(required)) {
                    problem("missing required column \"" + required + "\" (the header has: " + String.join(",", header)
                            + "; expected " + String.join(",", COLUMNS) + ")");
                }
            }
        }

        private void readRecord(String[] record, int headerWidth) {
            for (int i = headerWidth; i < record.length; i++) {
                // A value past the header's last column means an unquoted comma shifted the row.
                if (!record[i].isBlank()) {
                    problem("has " + record.length + " values but the header has " + headerWidth
                            + " (a value containing a comma must be in double quotes)");
                    return;
                }
            }
            int problemsBefore = problems.size();
            String property = value(record, "property").orElse("");
            String unit = value(record, "unit").orElse("");
            if (property.isEmpty()) {
                problem(
                        "property",
                        "empty; every row needs the building's Innago property name, e.g. \"300 S Harper\"");
            }
            if (unit.isEmpty()) {
                problem("unit", "empty; every row needs the unit number as Innago names it");
            }
            Optional<String> mac = value(record, "mac_address").flatMap(this::mac);
            Optional<LocalDate> dateAdded = value(record, "date_added").flatMap(this::date);
            if (problems.size() > problemsBefore) {
                return;
            }
            InventoryRow row = new InventoryRow(
                    recordLine,
                    new UnitKey(aliases.getOrDefault(aliasKey(property), property), unit),
                    value(record, "onu_name"),
                    value(record, "serial_number").map(serial -> serial.toUpperCase(Locale.ROOT)),
                    mac,
                    dateAdded,
                    value(record, "status").orElse(""),
                    value(record, "uisp_id"));
            if (isUnique(row)) {
                rows.add(row);
            }
        }

        private boolean isUnique(InventoryRow row) {
            int problemsBefore = problems.size();
            UnitKey unit = row.unit();
            InventoryRow firstOfBuilding = buildingFirstRows.putIfAbsent(unit.propertySlug(), row);
            if (firstOfBuilding != null && !firstOfBuilding.unit().property().equals(unit.property())) {
                problem(
                        "property",
                        "\"" + unit.property() + "\" is spelled \""
                                + firstOfBuilding.unit().property() + "\" on line " + firstOfBuilding.line()
                                + "; use one spelling per building");
            }
            claim(unitLines, unit.slug(), "unit", "duplicate unit " + unit);
            row.serial().ifPresent(serial -> claim(serialLines, serial, "serial_number", "duplicate serial " + serial));
            row.mac().ifPresent(mac -> claim(macLines, mac, "mac_address", "duplicate MAC " + mac));
            row.onuName()
                    .ifPresent(name -> claim(
                            onuNameLines,
                            name.toLowerCase(Locale.ROOT),
                            "onu_name",
                            "duplicate ONU name \"" + name + "\" (ONU names must be unique across buildings)"));
            return problems.size() == problemsBefore;
        }

        /** Records that this line holds {@code key}; a second holder is a problem naming both lines. */
        private void claim(Map<String, Integer> lines, String key, String column, String what) {
            Integer earlier = lines.putIfAbsent(key, recordLine);
            if (earlier != null) {
                problem(column, what + " (also on line " + earlier + ")");
            }
        }

        private Optional<String> mac(String text) {
            Optional<String> mac = MacAddresses.normalize(text);
            if (mac.isEmpty()) {
                problem(
                        "mac_address",
                        "malformed MAC \"" + text + "\" (expected 12 hex digits, e.g. aa:bb:cc:dd:ee:ff)");
            }
            return mac;
        }

        private Optional<LocalDate> date(String text) {
            for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, US_DATE)) {
                try {
                    return Optional.of(LocalDate.parse(text, format));
                } catch (DateTimeParseException e) {
                    // try the next accepted form
                }
            }
            problem("date_added", "\"" + text + "\" is not a date (expected YYYY-MM-DD or M/D/YYYY)");
            return Optional.empty();
        }

        /** The trimmed value of a column; empty when blank, or when the file has no such column. */
        private Optional<String> value(String[] record, String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.length) {
                return Optional.empty();
            }
            String value = record[index].strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private void problem(String column, String text) {
            problem("column " + column + ": " + text);
        }

        private void problem(String text) {
            problems.add(file + ":" + recordLine + ": " + text);
        }
    }
}
