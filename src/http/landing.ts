import { Router } from 'express';
import { renderLanding } from '../explorer/page-html';

/**
 * `/` of the standalone server, when the explorer is on: the one page that needs no internet points to
 * the explorer and GraphiQL, and to Sandbox for those online. Hosts have their own root.
 */
export function landingRoute(paths: { explorer: string; graphiql: string; graphql: string }): Router {
  const router = Router();
  router.get('/', (_request, response) => {
    response.set('cache-control', 'no-cache');
    response.type('html').send(renderLanding(paths));
  });
  return router;
}
