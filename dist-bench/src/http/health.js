"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.healthRoutes = healthRoutes;
const express_1 = require("express");
/** `/health`: the process is alive. `/ready`: Neo4j answers. */
function healthRoutes(kg) {
    const router = (0, express_1.Router)();
    router.get('/health', (_request, response) => {
        response.json({ status: 'ok' });
    });
    router.get('/ready', async (_request, response) => {
        try {
            await kg.runner.read({ name: 'ready.ping', cypher: 'RETURN 1 AS ok', params: {} });
            response.json({ status: 'ready' });
        }
        catch {
            response.status(503).json({ status: 'unavailable', reason: 'Neo4j is not reachable' });
        }
    });
    return router;
}
