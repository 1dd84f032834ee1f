import { ConfigError, loadConfig } from '../../src/config';

describe('Configuration', () => {
  it('uses the documented defaults when the environment is empty', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      neo4jUri: undefined,
      neo4jUsername: 'neo4j',
      neo4jPassword: 'neo4j',
      neo4jDatabase: undefined,
      localNeo4jDir: '.neo4j',
      localNeo4jBoltPort: 7687,
      logLevel: 'info',
      nodeEnv: 'development',
    });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'kg',
      LOCAL_NEO4J_DIR: '/var/lib/kg',
      LOCAL_NEO4J_BOLT_PORT: '17687',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      neo4jUri: 'neo4j+s://example.databases.neo4j.io',
      neo4jUsername: 'reader',
      neo4jPassword: 'secret',
      neo4jDatabase: 'kg',
      localNeo4jDir: '/var/lib/kg',
      localNeo4jBoltPort: 17687,
      logLevel: 'debug',
      nodeEnv: 'production',
    });
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a port number from 1 to 65535, got "abc"'],
    ['PORT', '70000', 'PORT must be a port number from 1 to 65535, got "70000"'],
    ['LOCAL_NEO4J_BOLT_PORT', '0', 'LOCAL_NEO4J_BOLT_PORT must be a port number from 1 to 65535, got "0"'],
    ['NEO4J_URI', 'http://localhost:7474', 'NEO4J_URI must be a URI such as bolt://host:7687 or neo4j+s://host, got "http://localhost:7474"'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, production, test, got "staging"'],
  ])('refuses %s=%s with a message naming the variable and its value', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new ConfigError([message]));
  });

  it('reports every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(2);
    expect((error as ConfigError).message).toMatch(/^invalid configuration: PORT .*; LOG_LEVEL /);
  });
});
