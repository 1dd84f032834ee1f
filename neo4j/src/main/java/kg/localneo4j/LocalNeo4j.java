package kg.localneo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a Neo4j Community DBMS in this JVM with Bolt on 127.0.0.1 until the process is asked to stop.
 * Arguments: the home folder (data lives under it) and the Bolt port. With the system property
 * {@code localneo4j.stopOnStdinClose=true} it also stops when its stdin reaches end of input.
 * The shutdown hook is what makes SIGTERM/SIGINT safe: it flushes the store and releases the lock,
 * so the next start on the same folder finds a clean database. The system property
 * {@code localneo4j.pagecacheBytes} sizes the page cache (default 256 MiB): a graph whose store does
 * not fit is read from disk on every cache miss, which is what limits a large load or a large graph.
 * With {@code localneo4j.importFrom=<manifest>} the default database is first made by Neo4j's offline
 * importer from the manifest's CSV files ({@link OfflineImport}); the launcher refuses to start when
 * that database already exists, and a failed import starts nothing. Either failure is one line
 * beginning {@code local-neo4j: failed:} and exit status 1.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: LocalNeo4j <home-dir> <bolt-port>");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pagecacheBytes = Long.getLong("localneo4j.pagecacheBytes", 256L * 1024 * 1024);

        String importFrom = System.getProperty("localneo4j.importFrom", "");
        long importStarted = System.nanoTime();
        if (!importFrom.isBlank()) {
            try {
                // The importer's off-heap memory (its id map and page cache) may use at least what the
                // store's page cache may: the memory the user gave Neo4j. Its default, 90% of free RAM,
                // would crowd out everything else on a shared machine.
                OfflineImport.run(home, Path.of(importFrom).toAbsolutePath(), Math.max(pagecacheBytes, 1024L * 1024 * 1024));
            } catch (OfflineImport.Failed e) {
                System.err.println("local-neo4j: failed: " + e.getMessage());
                System.exit(1);
            }
        }
        double importSeconds = (System.nanoTime() - importStarted) / 1e9;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                // Loopback only and started by the project itself: credentials would add nothing.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecacheBytes)
                // A runaway query must not hold the database; the API sets tighter per-query timeouts.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // Bolt waits 5 s twice at shutdown for clients to leave; by then the store is already
                // checkpointed, so a shorter wait loses nothing and makes Ctrl-C feel immediate.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("local-neo4j: stopped");
        }, "local-neo4j-shutdown"));

        if (!importFrom.isBlank()) {
            // Counted in the opened database (from its counts store, so at once): what the server serves.
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            long nodes = db.executeTransactionally("MATCH (n) RETURN count(n) AS n", java.util.Map.of(), r -> (Long) r.next().get("n"));
            long relationships = db.executeTransactionally("MATCH ()-[r]->() RETURN count(r) AS n", java.util.Map.of(), r -> (Long) r.next().get("n"));
            System.out.printf(java.util.Locale.ROOT, "local-neo4j: imported %d nodes, %d relationships in %.1f s%n", nodes, relationships, importSeconds);
        }

        // The Node launcher waits for this line and then for Bolt to accept a connection.
        System.out.println("local-neo4j: ready bolt://127.0.0.1:" + port);

        if (Boolean.getBoolean("localneo4j.stopOnStdinClose")) {
            stopWhenParentGoes();
        }
    }

    /**
     * The launcher keeps our stdin open; when it closes, the Node process that started us is gone
     * (crashed, killed, a test runner torn down). Exiting then runs the shutdown hook, so no orphaned
     * server keeps the port and the store lock.
     */
    private static void stopWhenParentGoes() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // input is ignored: only its end matters
                }
            } catch (java.io.IOException ignored) {
                // a broken pipe means the same as end of input
            }
            System.exit(0);
        }, "local-neo4j-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
