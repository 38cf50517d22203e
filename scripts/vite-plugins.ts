/** Build steps of the site (vite.config.ts): the Content-Security-Policy and the scenario schema. */
import type { Plugin } from 'vite';
import { scenarioJsonSchema } from '../src/engine/scenario/json-schema.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

export const SCHEMA_FILE = 'scenario.schema.json';

/**
 * The CSP <meta>, in the built index.html only: the dev server's React Refresh preamble is an
 * inline script, which the policy forbids.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'podpath:csp',
    apply: 'build',
    // Right after <meta charset>: a policy in a <meta> governs only what comes after it.
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the CSP to follow');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
    },
  };
}

/** `scenario.schema.json` next to index.html, made from the scenario file's description (json-schema.ts). */
export function scenarioSchema(): Plugin {
  const source = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  return {
    name: 'podpath:scenario-schema',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCHEMA_FILE, source });
    },
    configureServer(server) {
      server.middlewares.use(`/${SCHEMA_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/schema+json');
        res.end(source);
      });
    },
  };
}
