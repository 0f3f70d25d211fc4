import http from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json<T = Record<string, unknown>>(): T;
  /** `name=value` of the Set-Cookie for `name`, or undefined. */
  cookie(name?: string): string | undefined;
}

/**
 * An HTTP request sent from a chosen local address (any 127.x.y.z reaches the loopback
 * server), so one test process can act as many clients: per-address limits see them apart.
 */
export function httpFrom(from: string, url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: from, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const setCookie = res.headers['set-cookie'] ?? [];
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          json: <T>() => JSON.parse(text) as T,
          cookie: (name = 'qc_session') => setCookie.map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith(`${name}=`)),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POST a JSON body from `from`. */
export function postJsonFrom(from: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return httpFrom(from, url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}
