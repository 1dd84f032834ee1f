import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/*
 * The OpenTelemetry SDK, off unless the standard variables ask for it:
 *   OTEL_TRACES_EXPORTER   console | otlp | none; unset: otlp when an OTLP endpoint is set, else off
 *   OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT   read by the OTLP exporter itself
 *   OTEL_SERVICE_NAME      defaults to knowledge-graph-api
 *   OTEL_SDK_DISABLED=true turns everything off
 * Started before graphql is loaded (main.ts imports it first): the graphql instrumentation patches
 * graphql's parse and validate as they are required. Execution runs compiled (graphql-jit), which
 * that instrumentation does not see; the root-field spans come from spans.ts instead.
 */

export type TracingExporter = 'console' | 'otlp';

export interface TracingSettings {
  readonly exporter: TracingExporter;
  readonly serviceName: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** What the OTEL_* variables ask for; null when tracing is off. Throws one line for a value it cannot honour. */
export function tracingSettings(env: Env = process.env): TracingSettings | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || 'knowledge-graph-api';
  if (exporters.length === 0) {
    const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
    return endpoint === undefined || endpoint.trim() === '' ? null : { exporter: 'otlp', serviceName };
  }
  if (exporters.length === 1 && exporters[0] === 'none') return null;
  if (exporters.length !== 1 || (exporters[0] !== 'console' && exporters[0] !== 'otlp')) {
    throw new Error(`OTEL_TRACES_EXPORTER must be console, otlp or none, got "${env.OTEL_TRACES_EXPORTER}"`);
  }
  return { exporter: exporters[0], serviceName };
}

/** A running SDK: `shutdown` flushes the spans not yet exported. */
export interface Tracing {
  readonly settings: TracingSettings;
  shutdown(): Promise<void>;
}

/** Registers the global tracer provider (with async context) and the graphql instrumentation. */
export function startTracing(settings: TracingSettings): Tracing {
  // The console is for a quick look: each span printed as it ends. OTLP batches.
  const processor: SpanProcessor = settings.exporter === 'console'
    ? new SimpleSpanProcessor(new ConsoleSpanExporter())
    : new BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    spanProcessors: [processor],
  });
  provider.register();
  const disable = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true, allowValues: false })],
  });
  return {
    settings,
    async shutdown() {
      disable();
      await provider.shutdown();
    },
  };
}
