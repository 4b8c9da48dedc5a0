import { readPort, readString } from "../../subgraphs/shared/env";
import { startDevIdentityProvider } from "./provider";

/**
 * `npm run start:oidc`: the development identity provider on 127.0.0.1:`OIDC_DEV_PORT` (4010),
 * sending people back to `OIDC_DEV_DASHBOARD_URLS` (comma-separated; the dashboard at
 * localhost:4000 and 127.0.0.1:4000 by default).
 */
async function main(): Promise<void> {
  const port = readPort(process.env, "OIDC_DEV_PORT", 4010);
  const dashboardUrls = readString(
    process.env,
    "OIDC_DEV_DASHBOARD_URLS",
    "http://localhost:4000/dashboard/,http://127.0.0.1:4000/dashboard/",
  )
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  const running = await startDevIdentityProvider({ port, dashboardUrls });
  console.log(
    `development identity provider ready at ${running.issuer} (staff.<centre> / dev-password)`,
  );
  const stop = () => running.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // Started by `npm start`: stop when the supervisor is gone, as every process it runs does.
  if (process.send) process.on("disconnect", stop);
}

main().catch((error: Error) => {
  console.error(`[oidc] failed to start: ${error.message}`);
  process.exit(1);
});
