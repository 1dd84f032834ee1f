import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs where the tests run, so the compose file is checked for what it promises.
const root = path.resolve(__dirname, '..', '..');
/** The parts of the compose file the tests read, as the file writes them (short syntax). */
interface Neo4jService {
  image: string;
  environment: Record<string, string>;
  volumes: string[];
  healthcheck: { test: string[] };
}
interface ApiService {
  build: string;
  environment: Record<string, string | number>;
  depends_on: Record<string, { condition: string }>;
}
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: { neo4j: Neo4jService; api: ApiService };
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;

  it('runs the official Neo4j 5.26 Community image with its data on a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    const [volume, mountPoint] = String(neo4j.volumes[0]).split(':');
    expect(mountPoint).toBe('/data');
    expect(compose.volumes).toHaveProperty(volume);
  });

  it('takes the Neo4j credentials from the environment and checks health with a query', () => {
    expect(neo4j.environment.NEO4J_AUTH).toBe('${NEO4J_USERNAME:-neo4j}/${NEO4J_PASSWORD:-knowledge-graph}');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
  });

  it('builds the API from the Dockerfile and starts it only once Neo4j is healthy', () => {
    expect(api.build).toBe('.');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(readFileSync(path.join(root, 'Dockerfile'), 'utf8')).toMatch(/CMD \["node", "dist\/src\/main.js"\]/);
  });

  it('points the API at the Neo4j service, listening on every interface inside its container', () => {
    expect(api.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687', HOST: '0.0.0.0', NODE_ENV: 'production' });
    expect(api.environment.NEO4J_PASSWORD).toBe(neo4j.environment.NEO4J_AUTH.split('/')[1]);
  });
});
