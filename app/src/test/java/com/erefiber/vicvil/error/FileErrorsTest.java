package com.erefiber.vicvil.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileErrorsTest {
    @TempDir
    Path dir;

    @Test
    void namesTheKindOfFailureWhereJavaGivesOnlyThePath() {
        assertThat(FileErrors.reason(new AccessDeniedException("/etc/vicvil/config.yaml")))
                .isEqualTo("permission denied");
        assertThat(FileErrors.reason(new NoSuchFileException("/etc/vicvil/config.yaml")))
                .isEqualTo("not found");
        assertThat(FileErrors.reason(new NotDirectoryException("/etc/vicvil/x/config.yaml")))
                .isEqualTo("a folder in its path is a file");
    }

    @Test
    void keepsTheSystemsReasonInLowerCase() {
        assertThat(FileErrors.reason(new FileSystemException("/var/lib/vicvil.db", null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(FileErrors.reason(new IOException("Is a directory"))).isEqualTo("is a directory");
        assertThat(FileErrors.reason(new IOException())).isEqualTo("IOException");
    }

    @Test
    void readingAFolderSaysSo() throws IOException {
        IOException error = null;
        try {
            Files.readString(dir);
        } catch (IOException e) {
            error = e;
        }

        assertThat(error).isNotNull();
        assertThat(FileErrors.reason(error)).isEqualTo("is a directory");
        assertThat(FileErrors.notAFile(dir)).contains("is a directory");
        assertThat(FileErrors.notAFile(dir.resolve("absent"))).isEmpty();
        assertThat(FileErrors.notAFile(Files.writeString(dir.resolve("file"), "x")))
                .isEmpty();
    }
}
