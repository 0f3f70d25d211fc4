import http from 'node:http';
import client from 'prom-client';

/**
 * Every Prometheus metric QuickCode exports, declared once. Each process registers the
 * ones its role updates; names are prefixed `quickcode_`.
 */
export interface MetricsSources {
  /** Read when Prometheus scrapes: jobs waiting per queue name. */
  queueDepths?: () => Promise<Record<string, number>>;
}

export function createMetrics(role: string, sources: MetricsSources = {}) {
  const registry = new client.Registry();
  registry.setDefaultLabels({ role });
  client.collectDefaultMetrics({ register: registry, prefix: 'quickcode_' });
  const seconds = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
  return {
    registry,
    queueDepth: new client.Gauge({
      name: 'quickcode_queue_depth',
      help: 'Jobs waiting in a queue',
      labelNames: ['queue'],
      registers: [registry],
      async collect() {
        if (!sources.queueDepths) return;
        for (const [queue, depth] of Object.entries(await sources.queueDepths())) this.set({ queue }, depth);
      },
    }),
    jobsInFlight: new client.Gauge({ name: 'quickcode_jobs_in_flight', help: 'Executions running on this worker', registers: [registry] }),
    submitToVerdict: new client.Histogram({ name: 'quickcode_submit_to_verdict_seconds', help: 'From submission stored to verdict stored', buckets: seconds, registers: [registry] }),
    stage: new client.Histogram({ name: 'quickcode_stage_seconds', help: 'Time per stage of a submission', labelNames: ['stage'], buckets: seconds, registers: [registry] }),
    verdicts: new client.Counter({ name: 'quickcode_verdicts_total', help: 'Verdicts stored', labelNames: ['verdict', 'language'], registers: [registry] }),
    sandboxOverhead: new client.Histogram({
      name: 'quickcode_sandbox_overhead_seconds',
      help: 'Time of a sandboxed run beyond the wall time of the program itself (launch, cgroups, cleanup)',
      buckets: [0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    websocketConnections: new client.Gauge({ name: 'quickcode_websocket_connections', help: 'Open WebSocket connections', registers: [registry] }),
    submissionsRejected: new client.Counter({ name: 'quickcode_submissions_rejected_total', help: 'Submissions refused', labelNames: ['reason'], registers: [registry] }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

/**
 * Serve `/metrics` on `port`; when it is taken, the next ones are tried (several workers on
 * one machine). Returns the port used, or null when none was free.
 */
export async function serveMetrics(metrics: Metrics, host: string, port: number, tries = 20): Promise<{ port: number; close(): Promise<void> } | null> {
  for (let p = port; p < port + tries; p++) {
    const server = http.createServer((req, res) => {
      if (req.url !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      metrics.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
        (err: Error) => res.writeHead(500).end(err.message),
      );
    });
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(p, host, () => resolve(true));
    });
    if (listening) {
      const address = server.address();
      return {
        port: typeof address === 'object' && address ? address.port : p,
        close: () => new Promise((r) => server.close(() => r())),
      };
    }
    if (port === 0) break;
  }
  return null;
}
