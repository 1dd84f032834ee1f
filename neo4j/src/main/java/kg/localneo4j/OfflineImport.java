package kg.localneo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.logging.InternalLogProvider;
import org.neo4j.logging.internal.LogService;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.scheduler.JobScheduler;

import picocli.CommandLine;

/**
 * The first load of a large graph: Neo4j's offline importer ({@code neo4j-admin database import full})
 * run in this JVM before the DBMS opens, writing the store of the default database where the DBMS
 * will look for it. It writes store files directly, with no transactions, locks or index updates,
 * which is what makes it several times faster than Cypher writes (docs/loading.md; the numbers are
 * in docs/performance.md, "Loading a graph").
 *
 * <p>The manifest is a UTF-8 text file written by {@code src/graph/seed/import-files.ts}, one entry a
 * line, key and value separated by a tab: {@code nodes <csv file>}, {@code relationships <csv file>}
 * (each file carries its own typed header, labels and types included), {@code multiline true|false}
 * (whether any value spans lines: reading with multi-line fields on is much slower, so only then), and
 * {@code lists nodes|relationships <name,...>}: the list properties every such record has, which
 * {@link EmptyListsInput} gives {@code []} where the CSV reader dropped an empty one. The CSV dialect
 * below is the writer's: change both together.
 */
final class OfflineImport {
    /** Between array elements: a control character that the writer refuses inside any value. */
    static final String ARRAY_DELIMITER = "U+001F";

    private OfflineImport() {}

    /** A failure to report in one line; the importer's own output above it tells the details. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    /** The store and transaction-log folders of the default database, as the DBMS and the importer both resolve them. */
    static DatabaseLayout defaultDatabase(Path home) {
        Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home);
        return Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /** True once the default database has a store: an import would then overwrite or mix with it. */
    static boolean databaseExists(Path home) {
        Path store = defaultDatabase(home).databaseDirectory();
        if (!Files.isDirectory(store)) return false;
        try (Stream<Path> files = Files.list(store)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the manifest's files into the default database of {@code home}, which must not exist.
     * On failure the partial store is deleted, so no later start opens a half-imported database.
     */
    static void run(Path home, Path manifest, long offHeapBytes) throws Failed {
        if (databaseExists(home)) {
            throw new Failed("will not import into " + defaultDatabase(home).databaseDirectory()
                    + ": the database already exists (an import only makes a new one)");
        }
        List<String> args = new ArrayList<>(List.of(
                GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
                "--id-type=string",
                "--delimiter=,",
                "--quote=\"",
                "--array-delimiter=" + ARRAY_DELIMITER,
                // Values are written exactly as stored: no trimming, "" is an empty string, not a missing one.
                "--trim-strings=false",
                "--ignore-empty-strings=false",
                "--legacy-style-quoting=false",
                // The graph was validated before it was written: any bad record is a bug, so stop at the first.
                "--bad-tolerance=0",
                "--skip-bad-relationships=false",
                "--skip-duplicate-nodes=false",
                "--strict=true",
                "--max-off-heap-memory=" + offHeapBytes,
                "--report-file=" + manifest.toAbsolutePath().resolveSibling("import.report")));
        Manifest read = readManifest(manifest);
        args.addAll(read.args);

        ExecutionContext context = new ExecutionContext(
                home, home.resolve("conf"), System.out, System.err, new DefaultFileSystemAbstraction());
        Throwable[] failure = {null};
        CommandLine command = new CommandLine(new FullWithLists(context, read.nodeLists, read.relationshipLists))
                .setExecutionExceptionHandler((error, cmd, parsed) -> {
                    failure[0] = error;
                    return 1;
                })
                .setParameterExceptionHandler((error, cmdArgs) -> {
                    failure[0] = error;
                    return 2;
                });
        int status;
        try {
            status = command.execute(args.toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            failure[0] = e;
            status = 1;
        }
        if (status != 0) {
            deletePartialStore(home);
            throw new Failed("the import from " + manifest + " failed: "
                    + (failure[0] == null ? "the importer exited " + status + " (its reason is in its output above)" : describe(failure[0])));
        }
    }

    /**
     * {@code neo4j-admin database import full} with its input seen through {@link EmptyListsInput}. Run
     * as the root command, not under its parent {@code import}, which only answers whether enterprise
     * features are allowed: never, in Community.
     */
    static final class FullWithLists extends ImportCommand.Full {
        private final Set<String> nodeLists;
        private final Set<String> relationshipLists;

        FullWithLists(ExecutionContext context, Set<String> nodeLists, Set<String> relationshipLists) {
            super(context);
            this.nodeLists = nodeLists;
            this.relationshipLists = relationshipLists;
        }

        @Override
        public boolean allowEnterpriseFeatures() {
            return false;
        }

        @Override
        protected void doImport(FileSystemAbstraction fileSystem, DatabaseLayout databaseLayout, Config databaseConfig,
                JobScheduler jobScheduler, InternalLogProvider logProvider, PageCacheTracer pageCacheTracer,
                CursorContextFactory contextFactory, Configuration importConfig, LogService logService, PrintStream stdOut,
                PrintStream stdErr, boolean verbose, Collector badCollector, MemoryTracker memoryTracker, Input input)
                throws IOException {
            super.doImport(fileSystem, databaseLayout, databaseConfig, jobScheduler, logProvider, pageCacheTracer,
                    contextFactory, importConfig, logService, stdOut, stdErr, verbose, badCollector, memoryTracker,
                    new EmptyListsInput(input, nodeLists, relationshipLists));
        }
    }

    private record Manifest(List<String> args, Set<String> nodeLists, Set<String> relationshipLists) {}

    private static Manifest readManifest(Path manifest) throws Failed {
        List<String> args = new ArrayList<>();
        Set<String> nodeLists = new LinkedHashSet<>();
        Set<String> relationshipLists = new LinkedHashSet<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failed("cannot read the import manifest " + manifest + ": " + e.getMessage());
        }
        for (String line : lines) {
            if (line.isBlank()) continue;
            String[] entry = line.split("\t", 2);
            String value = entry.length == 2 ? entry[1] : "";
            switch (entry[0]) {
                case "nodes" -> args.add("--nodes=" + value);
                case "relationships" -> args.add("--relationships=" + value);
                case "multiline" -> args.add("--multiline-fields=" + Boolean.parseBoolean(value));
                case "lists" -> {
                    String[] kindAndNames = value.split("\t", 2);
                    Set<String> into = switch (kindAndNames[0]) {
                        case "nodes" -> nodeLists;
                        case "relationships" -> relationshipLists;
                        default -> throw new Failed("the import manifest " + manifest + " has an unknown line: " + line);
                    };
                    if (kindAndNames.length == 2) into.addAll(List.of(kindAndNames[1].split(",")));
                }
                default -> throw new Failed("the import manifest " + manifest + " has an unknown line: " + line);
            }
        }
        if (args.stream().noneMatch(arg -> arg.startsWith("--nodes="))) {
            throw new Failed("the import manifest " + manifest + " names no node file");
        }
        return new Manifest(args, nodeLists, relationshipLists);
    }

    /** The importer wraps its reason ("Error importing csv file."): the innermost message says what was wrong. */
    private static String describe(Throwable error) {
        List<String> messages = new ArrayList<>();
        for (Throwable e = error; e != null && messages.size() < 4; e = e.getCause()) {
            if (e.getMessage() != null && !e.getMessage().isBlank()) messages.add(e.getMessage().lines().findFirst().orElse(""));
        }
        return messages.isEmpty() ? error.getClass().getSimpleName() : String.join(": ", messages);
    }

    private static void deletePartialStore(Path home) {
        DatabaseLayout layout = defaultDatabase(home);
        for (Path dir : List.of(layout.databaseDirectory(), layout.getTransactionLogsDirectory())) {
            if (!Files.exists(dir)) continue;
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("local-neo4j: could not delete the partial import in " + dir + ": " + e.getMessage());
            }
        }
    }
}
