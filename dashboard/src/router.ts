/**
 * The views and their URLs. Routing is by the hash (`#/region/RU-TYU`), so every view has a
 * URL that can be shared and the gateway serves one `index.html` for all of them.
 */
export type Route =
  | { view: "country" }
  | { view: "district"; code: string }
  | { view: "region"; code: string }
  | { view: "organization"; id: string }
  | { view: "search"; text: string }
  | { view: "mine" };

/** Reads the route from a location hash; anything unknown is the country view. */
export function parseRoute(hash: string): Route {
  const [name, ...rest] = hash.replace(/^#\/?/, "").split("/");
  const arg = decodeURIComponent(rest.join("/"));
  switch (name) {
    case "district":
      return arg ? { view: "district", code: arg } : { view: "country" };
    case "region":
      return arg ? { view: "region", code: arg } : { view: "country" };
    case "organization":
      return arg ? { view: "organization", id: arg } : { view: "country" };
    case "search":
      return { view: "search", text: arg };
    case "mine":
      return { view: "mine" };
    default:
      return { view: "country" };
  }
}

/** The hash of a route, the inverse of parseRoute. */
export function routeHash(route: Route): string {
  switch (route.view) {
    case "country":
      return "#/";
    case "district":
      return `#/district/${encodeURIComponent(route.code)}`;
    case "region":
      return `#/region/${encodeURIComponent(route.code)}`;
    case "organization":
      return `#/organization/${encodeURIComponent(route.id)}`;
    case "search":
      return `#/search/${encodeURIComponent(route.text)}`;
    case "mine":
      return "#/mine";
  }
}
