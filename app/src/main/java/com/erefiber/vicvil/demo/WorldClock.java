package com.erefiber.vicvil.demo;

import com.erefiber.vicvil.sandbox.World;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that reads the sandbox world's "now", so the demo's runs see the days the script moves on. */
final class WorldClock extends Clock {
    private final World world;

    WorldClock(World world) {
        this.world = world;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(world.now(), zone);
    }

    @Override
    public Instant instant() {
        return world.now();
    }
}
