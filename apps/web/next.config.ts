import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript sources.
  transpilePackages: ['@quickcode/protocol', '@quickcode/db', '@quickcode/problems', '@quickcode/languages'],
  // Native or connection-holding modules stay real Node modules, shared with the custom server.
  serverExternalPackages: ['pg', '@electric-sql/pglite', 'ioredis', 'bullmq', 'pino', 'drizzle-orm', 'bcryptjs', 'prom-client'],
  turbopack: {
    // monaco-vim and monaco-emacs name Monaco by paths its exports map no longer offers (and
    // emacs `require`s the package, i.e. every language and feature): point them all at the
    // one ESM editor API the editor uses, with only the features it imports.
    resolveAlias: {
      'monaco-editor': 'monaco-editor/editor/editor.api',
      'monaco-editor/esm/vs/editor/editor.api': 'monaco-editor/editor/editor.api',
      'monaco-editor/esm/vs/editor/common/commands/shiftCommand': 'monaco-editor/editor/common/commands/shiftCommand',
    },
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
