// Curation: revisions, their changes, the revision counter and idempotency keys (see docs/data-model.md).
// One revision per seq, one counter, one key node per key: uniqueness constraints make concurrent
// MERGEs of the same key or counter wait for each other instead of creating two.
CREATE CONSTRAINT revision_seq IF NOT EXISTS FOR (v:Revision) REQUIRE v.seq IS UNIQUE;
CREATE CONSTRAINT revision_sequence_name IF NOT EXISTS FOR (s:RevisionSequence) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.key IS UNIQUE;
// Erasure finds every earlier change about an entity or its relationships.
CREATE INDEX revision_change_target IF NOT EXISTS FOR (c:RevisionChange) ON (c.targetId);
// Expired keys are swept by expiry.
CREATE INDEX idempotency_key_expiry IF NOT EXISTS FOR (k:IdempotencyKey) ON (k.expiresAt);
