package com.erefiber.vicvil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Which connections the store keeps for reuse, and that it closes them all when the run lets go. */
class ReusedConnectionsTest {
    @TempDir
    Path dir;

    private ReusedConnections connections() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve("test.db"));
        return new ReusedConnections(source);
    }

    @Test
    void withoutAKeeperEachConnectionIsClosedWhenAStatementIsDoneWithIt() throws Exception {
        ReusedConnections connections = connections();
        Connection first = connections.openConnection();
        connections.closeConnection(first);

        assertThat(first.isClosed()).isTrue();
        assertThat(connections.openConnection()).isNotSameAs(first);
    }

    @Test
    void whileKeptAConnectionServesTheNextStatementAndLettingGoClosesIt() throws Exception {
        ReusedConnections connections = connections();
        connections.keep();
        Connection first = connections.openConnection();
        Connection second = connections.openConnection();
        connections.closeConnection(first);
        connections.closeConnection(second);

        assertThat(first.isClosed()).isFalse();
        Connection reused = connections.openConnection();
        assertThat(reused).isIn(first, second);
        connections.closeConnection(reused);

        connections.letGo();
        assertThat(first.isClosed()).isTrue();
        assertThat(second.isClosed()).isTrue();
    }

    @Test
    void aConnectionLeftInATransactionIsNeverKept() throws Exception {
        ReusedConnections connections = connections();
        connections.keep();
        Connection inTransaction = connections.openConnection();
        inTransaction.setAutoCommit(false);

        connections.closeConnection(inTransaction);

        assertThat(inTransaction.isClosed()).isTrue();
        assertThat(connections.openConnection()).isNotSameAs(inTransaction);
        connections.letGo();
    }

    @Test
    void onlyTheLastKeeperLettingGoClosesTheKeptConnections() throws Exception {
        ReusedConnections connections = connections();
        connections.keep();
        connections.keep();
        Connection kept = connections.openConnection();
        connections.closeConnection(kept);

        connections.letGo();
        assertThat(kept.isClosed()).isFalse();
        connections.letGo();
        assertThat(kept.isClosed()).isTrue();
    }
}
