import { ensureWebBuilt } from '../../scripts/lib/web-build.js';

/** Integration and e2e tests start the real web server: build it once, before any test runs. */
export default function setup(): void {
  ensureWebBuilt();
}
