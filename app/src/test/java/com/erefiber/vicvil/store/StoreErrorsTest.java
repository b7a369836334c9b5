package com.erefiber.vicvil.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.error.VicvilException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class StoreErrorsTest {

    private static UnableToExecuteStatementException failure(SQLiteErrorCode code) {
        return new UnableToExecuteStatementException(new SQLiteException("[" + code.name() + "]", code), null);
    }

    @Test
    void aDatabaseKeptBusyByAnotherProcessIsATemporaryFailure() {
        VicvilException error = StateStore.operatorError("vicvil.db", failure(SQLiteErrorCode.SQLITE_BUSY))
                .orElseThrow();

        assertThat(error.exitCode()).isEqualTo(75);
        assertThat(error.getMessage()).contains("vicvil.db", "busy");
    }

    @Test
    void aReadOnlyOrBrokenFileIsAnOperatorProblem() {
        assertThat(StateStore.operatorError("vicvil.db", failure(SQLiteErrorCode.SQLITE_READONLY))
                        .orElseThrow()
                        .exitCode())
                .isEqualTo(3);
    }

    @Test
    void anythingElseStaysABug() {
        assertThat(StateStore.operatorError("vicvil.db", failure(SQLiteErrorCode.SQLITE_CONSTRAINT)))
                .isEmpty();
    }
}
