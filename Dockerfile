# One image for the gateway and the four subgraphs; docker-compose.yml picks the entry per service.
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 NODE_ENV=production
EXPOSE 4000 4001 4002 4003 4004
CMD ["node", "dist/gateway/index.js"]
