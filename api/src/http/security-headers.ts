import helmet from "helmet";

/**
 * Helmet's headers, with a Content Security Policy both pages work under: the explorer (its
 * scripts, its layout Web Worker, PNG export through data: and blob: URLs) and GraphiQL (Monaco's
 * workers, and the styles it injects at run time, hence 'unsafe-inline' for styles only). No page
 * may be framed. HSTS is left to whatever terminates TLS in front of the app: over plain HTTP on
 * a laptop it would only mislead.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        workerSrc: ["'self'", "blob:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: false,
  });
}
