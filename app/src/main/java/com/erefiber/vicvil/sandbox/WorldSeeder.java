package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.object;

import com.erefiber.vicvil.sandbox.InnagoState.Invoice;
import com.erefiber.vicvil.sandbox.InnagoState.Lease;
import com.erefiber.vicvil.sandbox.InnagoState.Maintenance;
import com.erefiber.vicvil.sandbox.InnagoState.Property;
import com.erefiber.vicvil.sandbox.InnagoState.Tenant;
import com.erefiber.vicvil.sandbox.InnagoState.Unit;
import com.erefiber.vicvil.sandbox.UispState.Device;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the world deterministically. The structure (buildings, units, ONUs, sites, plans, ERE's other
 * subscribers) is the same for every seed; the seed chooses the tenants and their leases, the late payers
 * and the maintenance tickets.
 */
final class WorldSeeder {
    private static final long STRUCTURE = 0x56494356494CL;
    private static final long RUNTIME = 0x52554E54494DL;
    private static final int VACANT_UNITS = 5;
    private static final int FUTURE_LEASES = 2;
    private static final int RENEWAL_HORIZON_DAYS = 90;

    private static final List<String> FIRST_NAMES = List.of(
            "Olivia",
            "Liam",
            "Emma",
            "Noah",
            "Ava",
            "Elijah",
            "Sophia",
            "James",
            "Isabella",
            "Benjamin",
            "Mia",
            "Lucas",
            "Charlotte",
            "Henry",
            "Amelia",
            "Alexander",
            "Harper",
            "Mason",
            "Evelyn",
            "Ethan",
            "Abigail",
            "Daniel",
            "Emily",
            "Jacob",
            "Ella",
            "Logan",
            "Madison",
            "Jackson",
            "Scarlett",
            "Levi",
            "Grace",
            "Sebastian",
            "Chloe",
            "Mateo",
            "Victoria",
            "Jack",
            "Riley",
            "Owen",
            "Aria",
            "Wyatt",
            "Lily",
            "Carter",
            "Zoey",
            "Julian",
            "Nora",
            "Luke",
            "Hannah",
            "Grayson",
            "Layla",
            "Isaac",
            "Brooklyn",
            "Dylan",
            "Savannah",
            "Caleb",
            "Audrey",
            "Nathan",
            "Claire",
            "Aaron",
            "Skylar",
            "Hunter");
    private static final List<String> LAST_NAMES = List.of(
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Taylor",
            "Thomas",
            "Moore",
            "Martin",
            "Jackson",
            "Thompson",
            "White",
            "Harris",
            "Clark",
            "Lewis",
            "Robinson",
            "Walker",
            "Young",
            "Allen",
            "King",
            "Wright",
            "Scott",
            "Hill",
            "Green",
            "Adams",
            "Baker",
            "Nelson",
            "Carter",
            "Mitchell",
            "Roberts",
            "Turner",
            "Phillips",
            "Campbell",
            "Parker",
            "Evans",
            "Edwards",
            "Collins",
            "Stewart",
            "Morris",
            "Rogers",
            "Reed",
            "Cook",
            "Morgan",
            "Bell",
            "Murphy",
            "Bailey",
            "Cooper",
            "Richardson",
            "Cox",
            "Howard",
            "Ward",
            "Peterson",
            "Gray",
            "Hughes",
            "Price");
    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.net", "example.org");

    /** A maintenance request the seed may file; {@code always} ones are in every world. */
    private record TicketTemplate(String title, String description, int category, boolean urgent, boolean always) {}

    private static final List<TicketTemplate> TICKETS = List.of(
            new TicketTemplate(
                    "Internet not working",
                    "Our internet has been down since last night. The light on the fiber box is red.",
                    7,
                    true,
                    true),
            new TicketTemplate(
                    "WiFi keeps dropping", "The wifi drops every few minutes in the evening.", 7, false, true),
            new TicketTemplate(
                    "Internet Upgrade to 1G",
                    "Please upgrade our internet to 1G, we both work from home.",
                    7,
                    false,
                    true),
            new TicketTemplate("Kitchen sink leak", "Water is leaking under the kitchen sink.", 2, true, true),
            new TicketTemplate("Slow drain", "The bathroom sink has a slow drain.", 2, false, true),
            new TicketTemplate(
                    "No internet connection", "Internet stopped working after the power outage.", 7, false, false),
            new TicketTemplate("Slow internet", "Speed test only shows 20 mbps in the evening.", 7, false, false),
            new TicketTemplate("Upgrade to 2 gig", "Can we upgrade to the 2 gig fiber package?", 7, false, false),
            new TicketTemplate(
                    "Faster internet package",
                    "I'd like to upgrade my internet package to 1000 mbps.",
                    7,
                    false,
                    false),
            new TicketTemplate(
                    "Dishwasher not draining", "The dishwasher leaves water at the bottom.", 6, false, false),
            new TicketTemplate("AC not cooling", "The air conditioner blows warm air.", 3, false, false),
            new TicketTemplate("Broken window latch", "The bedroom window latch is broken.", 7, false, false),
            new TicketTemplate(
                    "Upgrade kitchen faucet", "Could the old kitchen faucet be upgraded? It drips.", 5, false, false),
            new TicketTemplate("Toilet running", "The toilet keeps running after flushing.", 2, false, false),
            new TicketTemplate(
                    "Smoke detector chirping",
                    "The smoke detector in the hallway chirps every minute.",
                    1,
                    false,
                    false));

    private WorldSeeder() {}

    /** The world for {@code seed} with {@code scale} complexes' worth of buildings, as of {@code clock}'s instant. */
    static World seed(long seed, int scale, Clock clock, ObjectMapper mapper) {
        Ids structure = new Ids(STRUCTURE);
        Ids people = new Ids(seed);
        InnagoState innago = new InnagoState(structure.uuid(), structure.uuid(), "Harper Street Properties");
        World world = new World(seed, clock, innago, new UispState(), new Ids(RUNTIME));
        buildProperties(innago, structure, Complex.buildings(scale));
        List<Lease> current = seedLeases(world, people);
        seedRent(world, people, current);
        seedMaintenance(world, people);
        new UispSeed(world, structure, mapper).seed();
        return world;
    }

    /** The usual rent of a unit in a building of {@code units} apartments. */
    static BigDecimal goingRent(int units) {
        return BigDecimal.valueOf(units >= 12 ? 775 : units >= 6 ? 825 : units >= 4 ? 850 : 895);
    }

    private static void buildProperties(InnagoState innago, Ids structure, List<Complex.Building> buildings) {
        int index = 0;
        for (Complex.Building building : buildings) {
            Property property = new Property(
                    structure.uuid(), building.name(), 39.4560 + index * 0.0002, -82.2330 + (index % 3) * 0.0003);
            for (int number = 1; number <= building.units(); number++) {
                property.units.add(new Unit(structure.uuid(), Integer.toString(number), property));
            }
            innago.properties.add(property);
            index++;
        }
    }

    /**
     * Leases: 113 current (some with an earlier lease, most of those ending within 90 days already renewed),
     * five vacant units, two of them with a future lease.
     */
    private static List<Lease> seedLeases(World world, Ids people) {
        InnagoState innago = world.innago;
        List<Unit> units = innago.allUnits();
        YearMonth thisMonth = YearMonth.from(world.today());
        Set<Integer> vacant = new LinkedHashSet<>();
        while (vacant.size() < VACANT_UNITS) {
            vacant.add(people.nextInt(units.size()));
        }
        PeopleFactory factory = new PeopleFactory(people, innago);
        List<Lease> current = new ArrayList<>();
        int futureLeases = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            BigDecimal rent =
                    goingRent(unit.property.units.size()).add(BigDecimal.valueOf(25L * (people.nextInt(3) - 1)));
            if (vacant.contains(i)) {
                LocalDate lastDay = thisMonth.minusMonths(people.between(1, 3)).atEndOfMonth();
                world.addLease(
                        people.uuid(), unit, lastDay.plusDays(1).minusYears(1), lastDay, rent, factory.household());
                if (futureLeases++ < FUTURE_LEASES) {
                    LocalDate start = thisMonth.plusMonths(1).atDay(1);
                    world.addLease(
                            people.uuid(), unit, start, start.plusYears(1).minusDays(1), rent, factory.household());
                }
                continue;
            }
            LocalDate start = thisMonth.minusMonths(people.nextInt(12)).atDay(1);
            List<Tenant> household = factory.household();
            double history = people.nextDouble();
            if (history < 0.35) {
                // an earlier lease: a renewal by the same household, or the previous occupants
                List<Tenant> earlier = history < 0.18 ? household : factory.household();
                world.addLease(people.uuid(), unit, start.minusYears(1), start.minusDays(1), rent, earlier);
            }
            Lease lease = world.addLease(
                    people.uuid(), unit, start, start.plusYears(1).minusDays(1), rent, household);
            current.add(lease);
            // leases ending soon are mostly renewed already (so a month-long test does not empty the complex);
            // about one in ten households is moving out instead
            if (lease.end.isBefore(world.today().plusDays(RENEWAL_HORIZON_DAYS)) && people.nextDouble() >= 0.1) {
                world.addLease(people.uuid(), unit, lease.end.plusDays(1), lease.end.plusYears(1), rent, household);
            }
        }
        return current;
    }

    /** Rent invoices for the last three months, all paid except the current month of a few late payers. */
    private static void seedRent(World world, Ids people, List<Lease> current) {
        InnagoState innago = world.innago;
        LocalDate today = world.today();
        YearMonth firstInvoiced = YearMonth.from(today).minusMonths(3);
        for (Lease lease : innago.leases.values()) {
            YearMonth before = YearMonth.from(lease.start).minusMonths(1);
            lease.rentInvoicedThrough = before.isAfter(firstInvoiced) ? before : firstInvoiced;
        }
        innago.generateRent(today, world.now(), people);
        Set<Lease> late = new HashSet<>();
        int lateCount = people.between(3, 5);
        while (late.size() < lateCount) {
            late.add(current.get(people.nextInt(current.size())));
        }
        Lease partial = late.iterator().next();
        for (Invoice invoice : List.copyOf(innago.invoices.values())) {
            boolean thisMonth = YearMonth.from(invoice.dueDate).equals(YearMonth.from(today));
            if (thisMonth && late.contains(invoice.lease)) {
                if (invoice.lease == partial) {
                    innago.addPayment(
                            people.uuid(),
                            invoice,
                            invoice.tenant,
                            invoice.amount.divide(BigDecimal.valueOf(2)),
                            paidOn(world, invoice, people),
                            "online");
                }
                continue;
            }
            innago.addPayment(
                    people.uuid(), invoice, invoice.tenant, invoice.amount, paidOn(world, invoice, people), "online");
        }
    }

    private static Instant paidOn(World world, Invoice invoice, Ids people) {
        Instant paid = invoice.dueDate
                .minusDays(people.between(0, 4))
                .atTime(LocalTime.of(10, 0))
                .atZone(Complex.ZONE)
                .toInstant();
        return paid.isAfter(world.now()) ? world.now() : paid;
    }

    /** Maintenance requests of every kind, on occupied units, plus one building-wide request from the owner. */
    private static void seedMaintenance(World world, Ids people) {
        InnagoState innago = world.innago;
        List<Unit> occupied = innago.allUnits().stream()
                .filter(u -> innago.currentLease(u, world.today()).isPresent())
                .toList();
        List<TicketTemplate> chosen =
                new ArrayList<>(TICKETS.stream().filter(TicketTemplate::always).toList());
        List<TicketTemplate> optional =
                new ArrayList<>(TICKETS.stream().filter(t -> !t.always()).toList());
        Collections.shuffle(optional, people.random());
        chosen.addAll(optional.subList(0, people.between(6, optional.size())));
        String[] statuses = {
            InnagoState.NEW_REQUEST,
            InnagoState.NEW_REQUEST,
            InnagoState.NEW_REQUEST,
            InnagoState.OLD_REQUEST,
            InnagoState.RESOLVED,
            InnagoState.REOPENED
        };
        for (TicketTemplate template : chosen) {
            Unit unit = occupied.get(people.nextInt(occupied.size()));
            Tenant tenant = innago.currentLease(unit, world.today())
                    .orElseThrow()
                    .tenants
                    .get(0);
            Instant submitted = world.now().minus(Duration.ofHours(people.between(6, 20 * 24)));
            // the tickets every world has stay open so that tests can rely on finding them
            String status = template.always() ? InnagoState.NEW_REQUEST : statuses[people.nextInt(statuses.length)];
            Maintenance ticket = new Maintenance(
                    people.uuid(),
                    template.title(),
                    template.description(),
                    template.category(),
                    tenant.fullName(),
                    tenant.uid,
                    unit.property,
                    unit,
                    template.urgent(),
                    submitted,
                    status);
            if (status.equals(InnagoState.RESOLVED)) {
                ticket.resolved = submitted.plus(Duration.ofHours(people.between(2, 48)));
                if (ticket.resolved.isAfter(world.now())) {
                    ticket.resolved = world.now();
                }
            }
            innago.maintenances.put(ticket.uid, ticket);
        }
        Property property = innago.properties.get(people.nextInt(innago.properties.size()));
        Maintenance hallway = new Maintenance(
                people.uuid(),
                "Hallway light out",
                "The light in the front hallway is out.",
                1,
                innago.ownerName,
                innago.ownerUid,
                property,
                null,
                false,
                world.now().minus(Duration.ofDays(3)),
                InnagoState.OLD_REQUEST);
        innago.maintenances.put(hallway.uid, hallway);
    }

    /** Makes households of tenants with unique e-mail addresses and phone numbers. */
    private static final class PeopleFactory {
        private final Ids people;
        private final InnagoState innago;
        private final Set<String> emails = new HashSet<>();
        private int phones;

        PeopleFactory(Ids people, InnagoState innago) {
            this.people = people;
            this.innago = innago;
        }

        /** One to three tenants (mostly one or two), the first sharing the last name with the second. */
        List<Tenant> household() {
            double size = people.nextDouble();
            int count = size < 0.45 ? 1 : size < 0.85 ? 2 : 3;
            String lastName = pick(LAST_NAMES);
            List<Tenant> tenants = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tenants.add(person(i < 2 ? lastName : pick(LAST_NAMES)));
            }
            return tenants;
        }

        private Tenant person(String lastName) {
            String firstName = pick(FIRST_NAMES);
            String base = (firstName + "." + lastName).toLowerCase(Locale.ROOT);
            String domain = pick(MAIL_DOMAINS);
            String email = base + "@" + domain;
            for (int n = 2; !emails.add(email); n++) {
                email = base + n + "@" + domain;
            }
            // 555-0100…0199 are the numbers set aside for fiction; three area codes give 300 distinct ones
            String phone = List.of("740", "614", "380").get(phones / 100 % 3) + "-555-01"
                    + String.format("%02d", phones % 100);
            phones++;
            Tenant tenant = new Tenant(people.uuid(), firstName, lastName, email, phone);
            innago.tenants.put(tenant.uid, tenant);
            return tenant;
        }

        private String pick(List<String> options) {
            return options.get(people.nextInt(options.size()));
        }
    }

    /** ERE's UISP: plans, attributes, reasons, sites, the complex's ONUs, and the subscribers outside the complex. */
    private static final class UispSeed {
        private final World world;
        private final Ids structure;
        private final CrmApi crm;
        private final NmsApi nms;
        private final Set<String> serials = new HashSet<>();

        UispSeed(World world, Ids structure, ObjectMapper mapper) {
            this.world = world;
            this.structure = structure;
            this.crm = new CrmApi(world, mapper, "");
            this.nms = new NmsApi(world, mapper, "");
        }

        void seed() {
            UispState uisp = world.uisp;
            crm.attributes()
                    .createCustomAttribute(object().put("name", "Account Number")
                            .put("attributeType", "client")
                            .put("type", "string"));
            crm.attributes()
                    .createCustomAttribute(object().put("name", "Install Date")
                            .put("attributeType", "service")
                            .put("type", "date"));
            crm.services().createSuspensionReason("Non-payment");
            crm.services().createSuspensionReason("Customer request");
            plan("Residential 100", 100, 20, true, false, "50", "540");
            plan("Residential 300", 300, 50, true, false, "70", "756");
            plan("Business 1G", 1000, 500, false, false, "150", null);
            plan("Legacy DSL 25", 25, 3, false, true, "40", null);
            plan("Village Fiber 500", 500, 500, false, false, "45", null);
            plan("Village Fiber 1G", 1000, 1000, false, false, "55", null);
            plan("Village Fiber 2G", 2000, 2000, false, false, "60", null);

            String core = site(
                    "ERE Core", "site", null, 39.4612, -82.2318, "21 W Washington St, Nelsonville, OH 45764", true);
            String downtown = site(
                    "Nelsonville Downtown",
                    "site",
                    core,
                    39.4590,
                    -82.2295,
                    "Public Square, Nelsonville, OH 45764",
                    true);
            world.parentSiteId =
                    site(Complex.NAME, "site", core, Complex.LATITUDE, Complex.LONGITUDE, Complex.ADDRESS, false);
            device("erouter", "ER-8-XG", "EdgeRouter 8 XG", "router", "ERE-Core-ER8XG", core, null, 0, true);
            String vvOlt =
                    device("olt", "UF-OLT4", "UFiber OLT 4", "gpon", "VV-OLT-1", world.parentSiteId, null, 0, false);
            String dtOlt = device("olt", "UF-OLT4", "UFiber OLT 4", "gpon", "DT-OLT-1", downtown, null, 0, true);

            int port = 0;
            for (Unit unit : world.innago.allUnits()) {
                // delivered ONUs: unassigned, unauthorized, named after their serial number
                world.onuByUnit.put(
                        unit.key(),
                        device("onu", "UF-Loco", "UFiber Loco", "gpon", null, null, vvOlt, port++ % 4 + 1, false));
            }
            seedOutside(downtown, dtOlt);
            device("onu", "UF-Nano", "UFiber Nano G", "gpon", null, null, dtOlt, 1, true);
            device("onu", "UF-Loco", "UFiber Loco", "gpon", null, null, dtOlt, 2, true);

            ObjectNode complex = object().put("clientType", 2)
                    .put("companyName", "Victorian Village Apartments")
                    .put("userIdent", "VV-COMPLEX")
                    .put("street1", "S Harper St")
                    .put("city", Complex.CITY)
                    .put("zipCode", Complex.ZIP)
                    .put("registrationDate", "2025-06-01T00:00:00-0400");
            complex.putArray("contacts")
                    .addObject()
                    .put("email", "office@victorianvillage.example.com")
                    .put("name", "Leasing Office")
                    .put("isBilling", true)
                    .put("isContact", true);
            world.complexClientId = crm.clients().createClient(complex, false).id;
        }

        /** Six subscribers elsewhere in town: their sites, ONUs, services (one suspended, one ended), tickets. */
        private void seedOutside(String downtown, String olt) {
            record Subscriber(String first, String last, String street, String plan, int status) {}
            List<Subscriber> subscribers = List.of(
                    new Subscriber("Margaret", "Holloway", "112 Elm St", "Residential 300", UispState.SERVICE_ACTIVE),
                    new Subscriber("Dennis", "Crabtree", "48 Fayette St", "Residential 100", UispState.SERVICE_ACTIVE),
                    new Subscriber("Rosa", "Whitfield", "9 Poplar St", "Business 1G", UispState.SERVICE_ACTIVE),
                    new Subscriber(
                            "Gary", "Lindqvist", "301 Chestnut St", "Residential 100", UispState.SERVICE_SUSPENDED),
                    new Subscriber("Tamika", "Oduya", "77 Walnut St", "Residential 300", UispState.SERVICE_ENDED),
                    new Subscriber(
                            "Paul", "Ostrander", "15 Jefferson St", "Residential 300", UispState.SERVICE_ACTIVE));
            int number = 1;
            for (Subscriber s : subscribers) {
                ObjectNode body = object().put("firstName", s.first())
                        .put("lastName", s.last())
                        .put("street1", s.street())
                        .put("city", Complex.CITY)
                        .put("zipCode", Complex.ZIP)
                        .put("userIdent", "ERE-" + (1000 + number))
                        .put("registrationDate", "2023-0" + number + "-15T00:00:00-0500");
                body.putArray("contacts")
                        .addObject()
                        .put("email", (s.first() + "." + s.last() + "@example.net").toLowerCase(Locale.ROOT))
                        .put("phone", "740-555-02" + String.format("%02d", number));
                body.putArray("attributes")
                        .addObject()
                        .put("customAttributeId", 1)
                        .put("value", "A-" + (20_000 + number));
                UispState.Client client = crm.clients().createClient(body, true);
                String siteId = site(
                        s.first() + " " + s.last(),
                        "endpoint",
                        downtown,
                        39.4590 + number * 0.001,
                        -82.2295 - number * 0.001,
                        s.street() + ", Nelsonville, OH 45764",
                        true);
                String onu = device(
                        "onu",
                        "UF-Nano",
                        "UFiber Nano G",
                        "gpon",
                        s.street().toLowerCase(Locale.ROOT).replace(' ', '-'),
                        siteId,
                        olt,
                        number % 4 + 1,
                        true);
                ObjectNode service = object().put("servicePlanPeriodId", enabledPeriod(s.plan()))
                        .put("activeFrom", "2023-0" + number + "-20T00:00:00-0500")
                        .put("unmsClientSiteId", siteId);
                service.putArray("attributes")
                        .addObject()
                        .put("customAttributeId", 2)
                        .put("value", "2023-0" + number + "-20");
                UispState.Service created = crm.services().createService(client, service, true);
                if (s.status() == UispState.SERVICE_SUSPENDED) {
                    created.status = s.status();
                    created.suspensionReasonId = 1L;
                    UispState.SuspensionPeriod period = new UispState.SuspensionPeriod(
                            world.uisp.next("suspensionPeriod"), world.now().minus(Duration.ofDays(12)));
                    created.suspensionPeriods.add(period);
                } else if (s.status() == UispState.SERVICE_ENDED) {
                    created.status = s.status();
                    created.activeTo = world.now().minus(Duration.ofDays(40));
                    world.uisp.devices.get(onu).enabled = false;
                }
                number++;
            }
            ticket(2L, "Intermittent outage on Fayette St", 1, "Connection drops a few times a day.");
            ticket(1L, "Router replacement", 3, "Router died, replaced under warranty.");
            ticket(4L, "Payment arrangement", 0, "Customer asks to split the overdue balance.");
            ObjectNode prospect = object().put("subject", "Service availability on Canal St?")
                    .put("emailFromAddress", "neighbor@example.org")
                    .put("status", 0);
            prospect.putArray("activity")
                    .addObject()
                    .putObject("comment")
                    .put("body", "Is fiber available on Canal St?");
            crm.tickets().createTicket(prospect, true);
            invoice(1L, "2026000041", "Residential 300 - January 2026", "70");
            invoice(2L, "2026000042", "Residential 100 - January 2026", "50");
        }

        private void invoice(long clientId, String number, String label, String price) {
            ObjectNode body = object().put("number", number).put("createdDate", "2026-01-01T00:00:00-0500");
            body.putArray("items")
                    .addObject()
                    .put("label", label)
                    .put("price", new BigDecimal(price))
                    .put("quantity", 1);
            crm.invoices().createInvoice(world.uisp.clients.get(clientId), body);
        }

        private void ticket(long clientId, String subject, int status, String comment) {
            ObjectNode body = object().put("subject", subject)
                    .put("clientId", clientId)
                    .put("status", status)
                    .put("createdAt", "2026-01-0" + clientId + "T09:00:00-0500");
            body.putArray("activity")
                    .addObject()
                    .put("public", false)
                    .putObject("comment")
                    .put("body", comment);
            crm.tickets().createTicket(body, true);
        }

        private long enabledPeriod(String planName) {
            return world.uisp.plans.values().stream()
                    .filter(p -> p.name().equals(planName))
                    .findFirst()
                    .orElseThrow()
                    .periods()
                    .stream()
                    .filter(UispState.Period::enabled)
                    .findFirst()
                    .orElseThrow()
                    .id();
        }

        /** A plan with 1, 3, 6 and 12-month periods; only the 1-month one (and a priced 12-month one) enabled. */
        private void plan(
                String name, int down, int up, boolean isPublic, boolean archived, String monthly, String yearly) {
            UispState uisp = world.uisp;
            List<UispState.Period> periods = List.of(
                    new UispState.Period(uisp.next("period"), 1, new BigDecimal(monthly), true),
                    new UispState.Period(
                            uisp.next("period"), 3, new BigDecimal(monthly).multiply(BigDecimal.valueOf(3)), false),
                    new UispState.Period(
                            uisp.next("period"), 6, new BigDecimal(monthly).multiply(BigDecimal.valueOf(6)), false),
                    new UispState.Period(
                            uisp.next("period"),
                            12,
                            yearly == null
                                    ? new BigDecimal(monthly).multiply(BigDecimal.valueOf(12))
                                    : new BigDecimal(yearly),
                            yearly != null));
            UispState.Plan plan = new UispState.Plan(uisp.next("plan"), name, down, up, isPublic, archived, periods);
            uisp.plans.put(plan.id(), plan);
        }

        private String site(
                String name,
                String type,
                String parent,
                double latitude,
                double longitude,
                String address,
                boolean outside) {
            ObjectNode body = object().put("name", name).put("type", type).put("address", address);
            if (parent != null) {
                body.put("parentSiteId", parent);
            }
            body.putObject("location").put("latitude", latitude).put("longitude", longitude);
            return nms.createSite(body, outside).id;
        }

        /** A device; an ONU without a name is named after its serial (as UISP shows a new one). */
        private String device(
                String type,
                String model,
                String modelName,
                String role,
                String name,
                String siteId,
                String parentId,
                int port,
                boolean outside) {
            String serial;
            do {
                serial = "UBNT" + structure.hex(4);
            } while (!serials.add(serial));
            String mac = ("fc:ec:da:" + structure.hex(3).replaceAll("(..)(?!$)", "$1:"));
            Instant firstSeen = world.now().minus(Duration.ofDays(120));
            Device device = new Device(
                    structure.uuid(),
                    type,
                    model,
                    modelName,
                    role,
                    serial,
                    mac,
                    parentId,
                    port,
                    firstSeen,
                    name == null ? serial : name,
                    outside);
            device.siteId = siteId;
            device.authorized = siteId != null;
            world.uisp.devices.put(device.id, device);
            return device.id;
        }
    }
}
