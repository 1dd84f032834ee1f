// Search over name and aliases (lists of strings are indexed element by element in 5.26: checked).
// Two indexes because no single analyzer serves both scripts, merged by the search repository:
// - entity_search: `standard-folding` folds case and diacritics ("Kōno", "KONO" -> kono), so Latin
//   terms, prefixes and typos match. It makes each Han character a token and keeps a katakana run
//   whole: "河野" would also hit 松野 unless quoted, and "アルト" misses アルトマン.
// - entity_search_cjk: `cjk` makes overlapping bigrams (岸田文雄 -> 岸田 田文 文雄) and folds
//   half-width kana, so "岸田" and a part of a katakana name ("アルト") match; it folds no diacritics.
// Neo4j refuses a second full-text index on the same labels and properties in the same order, and
// IF NOT EXISTS then silently skips it: the cjk index lists the properties the other way round.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX entity_search_cjk IF NOT EXISTS
FOR (e:Entity) ON EACH [e.aliases, e.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// `Source.facts`: which records cite a source, in their `sources` and `propertySources` lists. The
// keyword analyzer keeps each list element whole as one term, so a source id is an exact term query
// (and "property:id" a wildcard on the property's name): the facts of one source are read without
// scanning every relationship. The relationship index names every type of the closed enum (a test
// checks the list against it).
CREATE FULLTEXT INDEX entity_fact_sources IF NOT EXISTS
FOR (e:Entity) ON EACH [e.sources, e.propertySources]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
CREATE FULLTEXT INDEX relationship_fact_sources IF NOT EXISTS
FOR ()-[r:HOLDS_POSITION|CO_FOUNDED|AUTHORED|DEVELOPS|BASED_IN|MEMBER_OF|PART_OF|PARTICIPATED_IN|HOSTED|STATED|HELD_IN|CONCERNS|REFERS_TO|AFFECTED|LED_TO|IMPOSED|TARGETS|SIGNED|ADDRESSED_TO|ORGANIZED|MENTIONED_IN]-() ON EACH [r.sources, r.propertySources]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
