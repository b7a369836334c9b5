package com.erefiber.vicvil.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.config.AppConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classifier over realistic tickets, with the built-in keyword lists. */
class TicketClassifierTest {
    private static final AppConfig.Keywords KEYWORDS = AppConfig.Keywords.defaults();
    private static final TicketClassifier CLASSIFIER = new TicketClassifier(KEYWORDS);
    private static final List<AppConfig.Package> PACKAGES = List.of(
            pkg("Village Fiber 500", 500, "0", true),
            pkg("Village Fiber 1G", 1000, "10", false),
            pkg("Village Fiber 2G", 2000, "15", false));

    static AppConfig.Package pkg(String name, int speed, String addon, boolean isDefault) {
        return new AppConfig.Package(name, name, speed, speed, new BigDecimal("45"), new BigDecimal(addon), isDefault);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Internet Upgrade to 1G please | | UPGRADE",
                "Internet Upgrade to 1G | Please upgrade our internet to 1G, we both work from home. | UPGRADE",
                "Upgrade to 2 gig | Can we upgrade to the 2 gig fiber package? | UPGRADE",
                "Faster internet package | I'd like to upgrade my internet package to 1000 mbps. | UPGRADE",
                "Can I switch plans? | I want to switch to the 2G plan | UPGRADE",
                "Change plan | Please change plan to gigabit | UPGRADE",
                "Downgrade | Please downgrade our internet back to 500 Mbps | UPGRADE",
                "upgrade | upgrade me to 2G | UPGRADE",
                "Speed upgrade | | UPGRADE",
                "wifi password? | | INTERNET",
                "no internet since storm | | INTERNET",
                "Internet not working | Our internet has been down since last night. The light on the fiber box is red. | INTERNET",
                "WiFi keeps dropping | The wifi drops every few minutes in the evening. | INTERNET",
                "No internet connection | Internet stopped working after the power outage. | INTERNET",
                "Slow internet | Speed test only shows 20 mbps in the evening. | INTERNET",
                "Router blinking orange | | INTERNET",
                "Wi-Fi dead in bedroom | | INTERNET",
                "Ethernet port in living room | The wall jack does nothing | INTERNET",
                "INTERNET DOWN | | INTERNET",
                "Outage? | Everything offline since 3pm | INTERNET",
                "slow drain | | OTHER",
                "Slow drain | The bathroom sink has a slow drain. | OTHER",
                "network of pipes under sink | | OTHER",
                "upgrade the dishwasher | | OTHER",
                "$1000 deposit question | | OTHER",
                "Kitchen sink leak | Water is leaking under the kitchen sink. | OTHER",
                "Dishwasher not draining | The dishwasher leaves water at the bottom. | OTHER",
                "AC not cooling | The air conditioner blows warm air. | OTHER",
                "Broken window latch | The bedroom window latch is broken. | OTHER",
                "Upgrade kitchen faucet | Could the old kitchen faucet be upgraded? It drips. | OTHER",
                "Toilet running | The toilet keeps running after flushing. | OTHER",
                "Smoke detector chirping | The smoke detector in the hallway chirps every minute. | OTHER",
                "Light switch broken | The light switch in the hall sparks | OTHER",
                "Wifi router under the leaking sink got wet | | OTHER",
                "Upgrade the fridge | Our fridge is 20 years old, can it be upgraded to a bigger one? | OTHER",
                "Unit 500 door lock | | OTHER",
                "Fibers in the carpet | | OTHER",
                "Shower head | Water pressure is slow in the shower | OTHER",
                "Internetwork | | OTHER",
            })
    void classifiesTickets(String title, String description, TicketClass expected) {
        assertThat(CLASSIFIER.classify(title, description == null ? "" : description))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Internet Upgrade to 1G please | Village Fiber 1G",
                "Can we upgrade to the 2 gig fiber package? | Village Fiber 2G",
                "upgrade my internet package to 1000 mbps | Village Fiber 1G",
                "change plan to gigabit | Village Fiber 1G",
                "upgrade to 2G | Village Fiber 2G",
                "downgrade back to 500 Mbps | Village Fiber 500",
                "upgrade to 1.0 Gbps | Village Fiber 1G",
                "Speed upgrade please | ",
                "upgrade from 1G to 2G | ",
                "upgrade to 5 gig | ",
                "downgrade back to 500 | ",
                "upgrade, my deposit was $1000 | ",
            })
    void findsTheRequestedPackageOnlyWhenItIsClear(String text, String expected) {
        assertThat(RequestedPackage.in(text, PACKAGES).chosen().map(AppConfig.Package::name))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
