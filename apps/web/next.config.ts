import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript sources.
  transpilePackages: ['@quickcode/protocol', '@quickcode/db', '@quickcode/problems'],
  // Native or connection-holding modules stay real Node modules, shared with the custom server.
  serverExternalPackages: ['pg', '@electric-sql/pglite', 'ioredis', 'bullmq', 'pino', 'drizzle-orm', 'bcryptjs', 'prom-client'],
  turbopack: {
    rules: {
      '*.ts': {
        condition: { path: /^packages\// },
        loaders: [path.join(__dirname, 'build', 'strip-js-extension.cjs')],
        as: '*.ts',
      },
    },
  },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
