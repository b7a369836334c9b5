package com.erefiber.vicvil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * The store's connections: while a run keeps the store open ({@link #keep}), a connection a statement is done with
 * waits to serve the next one instead of being closed. Opening one costs a file open, the schema read and the
 * connection's PRAGMAs, and a first provisioning runs some 1,500 statements; it also keeps SQLite from folding its
 * WAL into the database whenever the last connection closes. Only a connection back in auto-commit mode (no
 * transaction left open) is kept; when the run lets go, every kept connection is closed, and the WAL folded once.
 */
final class ReusedConnections implements ConnectionFactory {
    private final DataSource source;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int keepers;

    ReusedConnections(DataSource source) {
        this.source = source;
    }

    @Override
    public Connection openConnection() throws SQLException {
        synchronized (this) {
            Connection kept = idle.pollFirst();
            if (kept != null) {
                return kept;
            }
        }
        return source.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        synchronized (this) {
            if (keepers > 0 && !connection.isClosed() && connection.getAutoCommit()) {
                idle.addFirst(connection);
                return;
            }
        }
        connection.close();
    }

    /** From now until the matching {@link #letGo}, connections are kept for reuse. */
    synchronized void keep() {
        keepers++;
    }

    /** Ends one {@link #keep}; after the last, closes the connections kept. */
    void letGo() throws SQLException {
        Deque<Connection> closing = new ArrayDeque<>();
        synchronized (this) {
            keepers--;
            if (keepers > 0) {
                return;
            }
            closing.addAll(idle);
            idle.clear();
        }
        SQLException failed = null;
        for (Connection connection : closing) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
