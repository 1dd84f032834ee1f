package kg.localneo4j;

import java.io.IOException;
import java.util.Set;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.PropertySizeCalculator;
import org.neo4j.batchimport.api.input.ReadableGroups;

/**
 * The importer's CSV input with empty lists put back. The CSV reader drops a list column that holds no
 * element (an empty field and an empty array look the same to it), while the Cypher loader stores
 * {@code []}: every record of the seed has its list properties, so a list a record lacks here was an
 * empty one, and it is given {@code String[0]} before the record is written. Done in the input, not by
 * Cypher after the start, so no record is written twice (measured: 10 s for the relationships of the
 * bench's 200k graph).
 */
final class EmptyListsInput implements Input {
    private final Input input;
    private final String[] nodeLists;
    private final String[] relationshipLists;

    EmptyListsInput(Input input, Set<String> nodeLists, Set<String> relationshipLists) {
        this.input = input;
        this.nodeLists = nodeLists.toArray(String[]::new);
        this.relationshipLists = relationshipLists.toArray(String[]::new);
    }

    @Override
    public InputIterable nodes(Collector badCollector) {
        return withLists(input.nodes(badCollector), nodeLists);
    }

    @Override
    public InputIterable relationships(Collector badCollector) {
        return withLists(input.relationships(badCollector), relationshipLists);
    }

    @Override
    public IdType idType() {
        return input.idType();
    }

    @Override
    public ReadableGroups groups() {
        return input.groups();
    }

    @Override
    public Estimates validateAndEstimate(PropertySizeCalculator valueSizeCalculator) throws IOException {
        return input.validateAndEstimate(valueSizeCalculator);
    }

    @Override
    public java.util.Map<String, org.neo4j.internal.schema.SchemaDescriptor> referencedNodeSchema(org.neo4j.token.TokenHolders tokenHolders) {
        return input.referencedNodeSchema(tokenHolders);
    }

    @Override
    public java.util.List<org.neo4j.internal.schema.SchemaCommand> schemaCommands() {
        return input.schemaCommands();
    }

    @Override
    public org.neo4j.internal.schema.SchemaTokens schemaTokens() {
        return input.schemaTokens();
    }

    @Override
    public void close() {
        input.close();
    }

    private static InputIterable withLists(InputIterable records, String[] lists) {
        if (lists.length == 0) return records;
        return () -> {
            InputIterator iterator = records.iterator();
            return new InputIterator() {
                @Override
                public InputChunk newChunk() {
                    return new Chunk(iterator.newChunk(), lists);
                }

                @Override
                public boolean next(InputChunk chunk) throws IOException {
                    return iterator.next(((Chunk) chunk).chunk);
                }

                @Override
                public void close() throws IOException {
                    iterator.close();
                }
            };
        };
    }

    /** A chunk of the reader's, read through a visitor that adds the missing lists; one visitor per chunk, as chunks are per thread. */
    private static final class Chunk implements InputChunk {
        private final InputChunk chunk;
        private final String[] lists;
        private InputEntityVisitor visiting;
        private ListsVisitor wrapped;

        Chunk(InputChunk chunk, String[] lists) {
            this.chunk = chunk;
            this.lists = lists;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (visitor != visiting) {
                visiting = visitor;
                wrapped = new ListsVisitor(visitor, lists);
            }
            return chunk.next(wrapped);
        }

        @Override
        public void close() throws IOException {
            chunk.close();
        }
    }

    private static final class ListsVisitor extends InputEntityVisitor.Delegate {
        private static final String[] EMPTY = new String[0];
        private final InputEntityVisitor target;
        private final String[] lists;
        private final boolean[] seen;

        ListsVisitor(InputEntityVisitor target, String[] lists) {
            super(target);
            this.target = target;
            this.lists = lists;
            this.seen = new boolean[lists.length];
        }

        @Override
        public boolean property(String key, Object value) {
            for (int i = 0; i < lists.length; i++) {
                if (lists[i].equals(key)) seen[i] = true;
            }
            return super.property(key, value);
        }

        @Override
        public void endOfEntity() throws IOException {
            for (int i = 0; i < lists.length; i++) {
                if (!seen[i]) target.property(lists[i], EMPTY);
                seen[i] = false;
            }
            super.endOfEntity();
        }

        @Override
        public void reset() {
            java.util.Arrays.fill(seen, false);
            super.reset();
        }
    }
}
