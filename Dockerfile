# Production image: the Next build plus the express host, started with the production export
# conditions (see STACK: Lexical's default condition can stall Node 20 at start).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
# SERVER_URL (the public origin) and PAYLOAD_SECRET come at run time: the server refuses to start
# without them (docker-compose.yml passes both).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app /app
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--conditions=production", "--import", "tsx", "src/server.ts"]
