import { Router } from 'express';
import { ErrorCode } from '../errors';
import { readSchemaState } from '../graph/readiness';
import type { KnowledgeGraph } from '../knowledge-graph';

/** A readiness probe must answer before the prober gives up (Kubernetes waits 1 s by default, most set more). */
const READY_TIMEOUT_MS = 2_500;

/**
 * `/health`: the process is alive (never touches the database, so an outage does not get the process
 * restarted). `/ready`: Neo4j answers and the schema is applied; 503 with the reason otherwise, so a
 * load balancer stops sending traffic until the database is back.
 */
export function healthRoutes(kg: KnowledgeGraph): Router {
  const router = Router();
  router.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/ready', async (_request, response) => {
    const reason = await notReadyReason(kg);
    if (reason === undefined) response.json({ status: 'ready' });
    else response.status(503).json({ status: 'unavailable', reason });
  });
  return router;
}

async function notReadyReason(kg: KnowledgeGraph): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`Neo4j did not answer within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
  });
  const check = readSchemaState(kg.runner).then(
    ({ missing, notOnline }) => {
      if (missing.length > 0) return `schema not applied: missing ${missing.join(', ')}`;
      if (notOnline.length > 0) return `schema not ready: ${notOnline.join(', ')} not online yet`;
      return undefined;
    },
    (error: unknown) => {
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      if (code === ErrorCode.DATABASE_UNAVAILABLE) return 'Neo4j is not reachable';
      kg.logger.warn({ err: error }, 'readiness check failed');
      return 'the readiness check failed';
    },
  );
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
