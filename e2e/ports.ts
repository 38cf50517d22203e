/**
 * The ports the e2e run listens on. The site is served on PODPATH_E2E_PORT (default 4173), so that
 * two checkouts can run their suites side by side; the servers some specs start themselves (the
 * embed's host page, the static server) sit 2000 and 3000 above it, so two checkouts on different
 * site ports never take the same one.
 */
export const SITE_PORT = Number(process.env.PODPATH_E2E_PORT ?? 4173);

/** The host page of the embed tests, on another origin than the site. */
export const EMBED_HOST_PORT = SITE_PORT + 2000;

/** The static server that serves dist/ under a sub-path. */
export const STATIC_SITE_PORT = SITE_PORT + 3000;
