package com.erefiber.vicvil.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.ConfigException;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.testing.TestConfigs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context reads the config once, where --config / VICVIL_CONFIG say, and applies --state. */
class AppContextConfigTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private AppContext context(Map<String, String> env, Path configFlag, Path stateFlag) {
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false, false);
        return new AppContext(env, Clock.systemUTC(), configFlag, stateFlag, console);
    }

    @Test
    void theConfigNamedByTheEnvironmentIsReadOnceAndCached() {
        Path file = TestConfigs.write(dir, TestConfigs.MINIMAL);
        Map<String, String> env = new HashMap<>(TestConfigs.ENV);
        env.put("VICVIL_CONFIG", file.toString());
        AppContext context = context(env, null, null);

        AppConfig config = context.config();

        assertThat(config.file()).isEqualTo(file);
        assertThat(config.statePath()).isEqualTo(dir.resolve("vicvil.db"));
        assertThat(context.config()).isSameAs(config);
    }

    @Test
    void aRelativeStateFlagResolvesAgainstTheCurrentDirectoryNotTheConfigFolder() {
        Path file = TestConfigs.write(dir, TestConfigs.MINIMAL);

        AppConfig config =
                context(TestConfigs.ENV, file, Path.of("runs/state.db")).config();

        assertThat(config.statePath()).isEqualTo(Path.of("").toAbsolutePath().resolve("runs/state.db"));
    }

    @Test
    void warningsGoToTheConsole() {
        Path file = TestConfigs.write(
                dir, TestConfigs.replacing("url: https://uisp.example.net", "url: http://uisp.example.net"));

        context(TestConfigs.ENV, file, null).config();

        assertThat(err.toString()).startsWith("warning: ").contains("uisp.url: plain http");
    }

    @Test
    void anInvalidConfigExitsThree() {
        Path file = TestConfigs.write(dir, TestConfigs.without("parent_site_id"));

        ConfigException failure = catchThrowableOfType(ConfigException.class, () -> context(TestConfigs.ENV, file, null)
                .config());

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(failure.getMessage()).contains("uisp.parent_site_id");
    }
}
