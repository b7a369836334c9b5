package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.domain.UnitKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Packages, units and leases for the billing tests. */
final class BillingFixtures {
    static final AppConfig.Package BASIC = pack("Village Fiber 500", "45", true);
    static final AppConfig.Package GIG = pack("Village Fiber 1G", "55", false);
    static final AppConfig.Package PRO = pack("Village Fiber 2G", "60", false);
    static final List<AppConfig.Package> PACKAGES = List.of(BASIC, GIG, PRO);

    private BillingFixtures() {}

    static AppConfig.Package pack(String name, String rate, boolean isDefault) {
        return new AppConfig.Package(name, name, 500, 500, new BigDecimal(rate), BigDecimal.ZERO, isDefault);
    }

    static UnitKey unit(int building, int number) {
        return new UnitKey(building + " S Harper", Integer.toString(number));
    }

    /** {@code count} units over buildings of 10 units each, from 100 S Harper #1 on. */
    static List<UnitKey> units(int count) {
        List<UnitKey> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            units.add(unit(100 + 10 * (i / 10), i % 10 + 1));
        }
        return units;
    }

    static Lease lease(String uid, UnitKey unit, LocalDate start, LocalDate end, boolean active) {
        return new Lease(
                uid,
                unit,
                start,
                Optional.ofNullable(end),
                active,
                List.of(new Tenant("t-" + uid, "Tenant", uid, Optional.empty(), Optional.empty())),
                1);
    }
}
