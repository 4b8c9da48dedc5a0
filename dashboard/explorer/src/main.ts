// Monaco's web workers, bundled by Vite (the `?worker` imports), instead of esm.sh's copies.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { EXAMPLE_TABS } from "./operations";

/**
 * GraphiQL against the gateway's `/graphql` on the same origin. Its documentation explorer reads
 * the schema by introspection (on outside production; INTROSPECTION=true in production). The
 * header editor is open with the credential's shape in a comment (GraphiQL reads headers as JSON
 * with comments): a placeholder token sent as is would be refused, while no header asks as the
 * public, which is what the examples need.
 */
const DEFAULT_HEADERS = `{
  // A centre's credential: a token from \`npm run token\`, then remove the // below.
  // "Authorization": "Bearer <token>"
}`;

const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", location.href).href });

const container = document.getElementById("explorer");
if (container) {
  // createElement rather than JSX: one call does not justify a JSX toolchain in the build.
  createRoot(container).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: EXAMPLE_TABS,
      defaultHeaders: DEFAULT_HEADERS,
      defaultEditorToolsVisibility: "headers",
      // A token typed here is not written to localStorage unless its user asks.
      shouldPersistHeaders: false,
    }),
  );
}
