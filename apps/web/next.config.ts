import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript sources.
  transpilePackages: ['@quickcode/protocol', '@quickcode/db', '@quickcode/problems'],
  // Native or connection-holding modules stay real Node modules, shared with the custom server.
  serverExternalPackages: ['pg', '@electric-sql/pglite', 'ioredis', 'bullmq', 'pino', 'drizzle-orm', 'bcryptjs', 'prom-client'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The custom server (apps/web/server) is the only way in; it handles /ws itself.
  compress: true,
};

export default nextConfig;
