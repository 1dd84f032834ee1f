# The API alone; Neo4j comes from the official image (docker-compose.yml) or NEO4J_URI.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY neo4j/launcher.ts ./neo4j/launcher.ts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
