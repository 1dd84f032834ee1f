import { Router } from 'express';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { KnowledgeGraph } from '../knowledge-graph';

/** Process metrics (memory, CPU, event-loop lag) belong to the process: one registry for it, made once. */
let processRegistry: Registry | undefined;

function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** `GET /metrics`: the graph's `kg_*` metrics and the process's, in Prometheus text format. */
export function metricsRoute(kg: KnowledgeGraph): Router {
  // merge() shares the metric objects: the merged registry always reads current values.
  const registry = Registry.merge([kg.metrics, processMetrics()]);
  const router = Router();
  router.get('/metrics', async (_request, response, next) => {
    try {
      const text = await registry.metrics();
      response.setHeader('content-type', registry.contentType);
      response.send(text);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
