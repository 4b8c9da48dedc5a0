# One image for the gateway and every subgraph; docker-compose.yml picks the entry per service.
# The supergraph is not in the image: the gateway serves the file mounted at SUPERGRAPH_PATH, so
# a subgraph added to the graph (npm run compose on the host) needs no rebuild.

# npm install, not npm ci: the lockfile records optional native builds for Linux only, which
# npm ci refuses on other hosts.
# Build: every dependency, TypeScript compiled to dist/ and the dashboard built (npm run build).
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies only; sqlite3's native module is compiled here, where the compilers are.
FROM node:20-bookworm AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# Runtime: the same Debian release as the stages above (sqlite3's binary links its glibc), no
# compilers, no dev dependencies, and an unprivileged user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 HEALTHCHECK_URL=http://127.0.0.1:4000/ready
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/dashboard/dist ./dashboard/dist
COPY --from=build /app/dashboard/explorer/dist ./dashboard/explorer/dist
# The shipped operation documents: their names are the operation labels metrics start with.
COPY --from=build /app/schema/operations ./schema/operations
COPY --from=build /app/dashboard/src/queries ./dashboard/src/queries
COPY package.json supergraph.yaml LICENSE ./
# /data holds the SQLite files; a named volume mounted there starts with this owner.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000 4001 4002 4003 4004 4005
# Ready, not merely listening: a subgraph whose database answers, a gateway whose subgraphs have
# answered. Each service sets HEALTHCHECK_URL to its own port.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch(process.env.HEALTHCHECK_URL).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/gateway/index.js"]
