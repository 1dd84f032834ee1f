import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * graphql-http's audit of the GraphQL-over-HTTP specification, run against the real server in
 * production mode. Every MUST passes. The SHOULDs that fail are Apollo Server's deliberate choices,
 * listed with the reason in docs/operating.md ("GraphQL over HTTP"); a new failure, or one that starts
 * passing, fails this test so that the list stays true.
 *
 * Several audits probe with `__type(name: ...)`, an introspection query: with introspection off (the
 * production default) they fail for that reason alone, so the audited server has it on.
 */
const SHOULD_FAILING: Record<string, string> = {
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  FDE2: 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
};

describe('GraphQL over HTTP (graphql-http audits)', () => {
  let server: TestServer;
  let results: AuditResult[];
  beforeAll(async () => {
    server = await startTestServer({ production: true, http: { introspection: true } });
    results = [];
    for (const audit of serverAudits({ url: server.url, fetchFn: fetch })) results.push(await audit.fn());
  });
  afterAll(() => server.stop());

  const describeFailures = (level: string) =>
    results.filter((r) => r.name.startsWith(level) && r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`);

  it('runs every audit of the suite', () => {
    expect(results.length).toBeGreaterThan(30);
  });

  it('passes every MUST', () => {
    expect(describeFailures('MUST')).toEqual([]);
  });

  it('fails only the SHOULDs docs/operating.md lists', () => {
    const failing = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok');
    expect(Object.fromEntries(failing.map((r) => [r.id, r.name]))).toEqual(SHOULD_FAILING);
  });
});
