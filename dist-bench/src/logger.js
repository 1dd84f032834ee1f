"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLogger = createLogger;
const pino_1 = __importDefault(require("pino"));
/** The service's logger: JSON lines, the format every log pipeline reads. */
function createLogger(level) {
    return (0, pino_1.default)({ level, base: { service: 'knowledge-graph-api' } });
}
