"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.startHttpServer = startHttpServer;
const server_1 = require("@apollo/server");
const drainHttpServer_1 = require("@apollo/server/plugin/drainHttpServer");
const default_1 = require("@apollo/server/plugin/landingPage/default");
const express5_1 = require("@as-integrations/express5");
const express_1 = __importDefault(require("express"));
const node_http_1 = __importDefault(require("node:http"));
const health_1 = require("./health");
/** The standalone HTTP surface: GraphQL at /graphql plus health routes. */
async function startHttpServer(kg, options) {
    const app = (0, express_1.default)();
    const httpServer = node_http_1.default.createServer(app);
    const apollo = new server_1.ApolloServer({
        schema: kg.schema,
        plugins: [
            ...kg.plugins,
            (0, drainHttpServer_1.ApolloServerPluginDrainHttpServer)({ httpServer }),
            options.production
                ? (0, default_1.ApolloServerPluginLandingPageProductionDefault)({ footer: false })
                : (0, default_1.ApolloServerPluginLandingPageLocalDefault)({ footer: false }),
        ],
    });
    await apollo.start();
    app.use((0, health_1.healthRoutes)(kg));
    app.use('/graphql', express_1.default.json({ limit: '100kb' }), (0, express5_1.expressMiddleware)(apollo, { context: async () => kg.createContext() }));
    await new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(options.port, options.host, () => resolve());
    });
    const address = httpServer.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
        url: `http://${host}:${address.port}/graphql`,
        stop: () => apollo.stop(),
    };
}
