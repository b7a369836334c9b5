package com.erefiber.vicvil.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.SandboxScenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.opencsv.CSVReader;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** billing end to end against the sandbox's fakes of Innago and UISP (loopback only). */
class BillingScenarioTest {
    @RegisterExtension
    final SandboxScenario scenario = new SandboxScenario(7);

    private YearMonth previous;

    @BeforeEach
    void start() throws Exception {
        previous = YearMonth.from(scenario.world().today()).minusMonths(1);
    }

    private CliRun billing(String... args) {
        return scenario.command("billing", args);
    }

    /** Units with a lease on some day of {@code month}, as the world holds them now. */
    private long occupiedIn(YearMonth month) {
        return scenario.world().units().stream()
                .filter(unit -> scenario.world().leases(unit).stream()
                        .anyMatch(lease -> !lease.start().isAfter(month.atEndOfMonth())
                                && (lease.end() == null || !lease.end().isBefore(month.atDay(1)))))
                .count();
    }

    private static BigDecimal jsonTotal(CliRun run) throws Exception {
        return Json.mapper().readTree(run.out()).get("total").decimalValue();
    }

    @Test
    void thePreviousMonthIsBilledAtTheBaseRateInTheSeedsLayout() {
        CliRun run = billing();

        assertThat(run.exitCode()).as(run.err()).isZero();
        long occupied = occupiedIn(previous);
        assertThat(run.out())
                .startsWith(
                        "ERE Fiber - Victorian Village - " + previous.getMonthValue() + "/" + previous.getYear() + "\n")
                .contains("Occupied Units:    " + occupied + " / 118\n")
                .contains("TOTAL DUE:         "
                        + Money.format(BigDecimal.valueOf(45 * occupied).setScale(2)) + "\n");
    }

    @Test
    void aBilledMonthGivesTheSameAnswerAfterLaterMoves() throws Exception {
        CliRun first = billing("--json");
        // Bulk reads only: the owner's lease list (its pages), the CRM attributes and services; no request per unit.
        assertThat(scenario.sandbox().requests().countsByEndpoint())
                .containsEntry("GET /crm/api/v1.0/clients/services", 1L)
                .allSatisfy((endpoint, count) -> assertThat(endpoint).doesNotContain("{"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        BigDecimal total = jsonTotal(first);
        assertThat(Json.mapper().readTree(first.out()).get("source").asText()).isEqualTo("NEW");

        // Innago's data about the billed month changes afterwards: a household's lease now ends before that month
        // began, and a vacant unit gets a lease backdated into it.
        UnitKey occupied = scenario.world().units().stream()
                .filter(unit -> scenario.world().leases(unit).stream()
                        .anyMatch(lease -> lease.start()
                                        .isBefore(previous.atDay(1).minusDays(1))
                                && (lease.end() == null
                                        || lease.end().isAfter(scenario.world().today()))))
                .findFirst()
                .orElseThrow();
        scenario.world().moveOut(occupied, previous.atDay(1).minusDays(1));
        assertThat(occupiedIn(previous)).isLessThan(total.intValue() / 45);

        scenario.sandbox().requests().reset();
        CliRun again = billing("--json");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(jsonTotal(again)).isEqualByComparingTo(total);
        assertThat(Json.mapper().readTree(again.out()).get("source").asText()).isEqualTo("FROZEN");
        assertThat(scenario.sandbox().requests().size())
                .as("a frozen month reads nothing upstream")
                .isZero();

        // A lost store: recomputed from Innago as it is now (a later run labels it so).
        Path lost = scenario.dir().resolve("lost.db");
        CliRun recomputed = billing(
                "--json",
                "--month",
                previous.toString(),
                "--state",
                lost.toString(),
                "--as-of",
                scenario.world().today().plusMonths(1).toString());
        assertThat(recomputed.exitCode()).as(recomputed.err()).isZero();
        assertThat(jsonTotal(recomputed)).isEqualByComparingTo(BigDecimal.valueOf(45 * occupiedIn(previous)));
        assertThat(Json.mapper().readTree(recomputed.out()).get("source").asText())
                .isEqualTo("RECOMPUTED");
    }

    @Test
    void theCsvParsesBackToTheSameTotalsAndTheJsonHasTheSameData() throws Exception {
        CliRun csv = billing("--format", "csv");
        CliRun json = billing("--format", "json");

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new StringReader(csv.out()))) {
            rows = reader.readAll();
        }
        assertThat(rows.get(0)).containsExactly(BillCsv.HEADER);
        List<String[]> units = rows.subList(1, rows.size());
        BigDecimal csvTotal =
                units.stream().map(row -> new BigDecimal(row[11])).reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode bill = Json.mapper().readTree(json.out());
        assertThat(csvTotal).isEqualByComparingTo(bill.get("total").decimalValue());
        assertThat(units)
                .hasSize(bill.get("units").size())
                .hasSize(bill.get("occupiedUnits").asInt());
        assertThat(units.get(0)[3])
                .isEqualTo(bill.get("units").get(0).get("leaseUid").asText());
        assertThat(bill.get("invoiceNumber")).isNull();
        assertThat(bill.get("month").asText()).isEqualTo(previous.toString());
    }

    @Test
    void aFutureMonthIsRefusedAndCreatesNothing() {
        CliRun run = billing(
                "--month",
                YearMonth.from(scenario.world().today()).plusMonths(1).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("in the future");
        assertThat(scenario.dir().resolve("state.db")).doesNotExist();
    }

    @Test
    void theInvoiceIsCreatedOnceAndADryRunCreatesNothing() {
        String number = "ERE-VV-" + previous;

        CliRun dry = billing("--create-invoice", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.err()).contains("would create invoice " + number);
        assertThat(scenario.world().crmInvoices()).noneMatch(invoice -> number.equals(invoice.number()));
        assertThat(scenario.files().config().resolveSibling("state.db")).doesNotExist();

        CliRun first = billing("--create-invoice");
        CliRun second = billing("--create-invoice");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("already exists");
        List<World.CrmInvoiceView> invoices = scenario.world().crmInvoices().stream()
                .filter(invoice -> number.equals(invoice.number()))
                .toList();
        assertThat(invoices).singleElement().satisfies(invoice -> {
            assertThat(invoice.clientId()).isEqualTo(scenario.world().complexClientId());
            assertThat(invoice.status()).isZero(); // a draft without --issue
            assertThat(invoice.total()).isEqualByComparingTo(BigDecimal.valueOf(45 * occupiedIn(previous)));
            assertThat(invoice.itemLabels())
                    .containsExactly("Village Fiber 500 - " + previous.getMonthValue() + "/" + previous.getYear());
        });
    }

    @Test
    void theInvoiceIsMailedOnceWithTheCsvAttachedAndResentOnRequest() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            Files.writeString(
                    scenario.files().config(),
                    Files.readString(scenario.files().config())
                            + """
                    email:
                      from: ERE Fiber <billing@example.test>
                      smtp_host: 127.0.0.1
                      smtp_port: %d
                      welcome_since: 2020-01-01
                    """
                                    .formatted(mail.getSmtp().getPort()));

            CliRun first = billing("--email");
            CliRun second = billing("--email");

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(second.err()).contains("not sent again");
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).hasSize(1);
            MimeMessage message = received[0];
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("office@victorian-village.example");
            assertThat(message.getSubject()).contains("ERE-VV-" + previous);
            MimeMultipart parts = (MimeMultipart) message.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            BodyPart html = parts.getBodyPart(0);
            assertThat(html.getContentType()).startsWith("text/html");
            assertThat(html.getContent().toString()).contains("ERE-VV-" + previous);
            BodyPart csv = parts.getBodyPart(1);
            assertThat(csv.getFileName()).isEqualTo("ERE-VV-" + previous + ".csv");
            String attached = new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(attached).startsWith("building,unit,tenant,");

            // A lost store: UISP's marker on the complex's client still says the month was mailed.
            CliRun lostStore = billing(
                    "--email", "--state", scenario.dir().resolve("lost.db").toString());
            assertThat(lostStore.exitCode()).as(lostStore.err()).isZero();
            assertThat(lostStore.err()).contains("vicvilInvoiceMailed", "not sent again");
            assertThat(mail.getReceivedMessages()).hasSize(1);

            CliRun resent = billing("--email", "--resend");
            assertThat(resent.exitCode()).as(resent.err()).isZero();
            assertThat(mail.getReceivedMessages()).hasSize(2);
        } finally {
            mail.stop();
        }
    }

    @Test
    void theMonthInProgressIsAPreviewThatIsNeverFrozenOrInvoiced() throws Exception {
        CliRun preview = billing("--month", "current", "--json");

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        JsonNode bill = Json.mapper().readTree(preview.out());
        assertThat(bill.get("source").asText()).isEqualTo("IN_PROGRESS");
        assertThat(LocalDate.parse(bill.get("countedThrough").asText()))
                .isEqualTo(scenario.world().today());

        CliRun invoice = billing("--month", "current", "--create-invoice");
        assertThat(invoice.exitCode()).isEqualTo(2);
        assertThat(invoice.err()).contains("in arrears");
    }
}
