import type { DocumentNode, GraphQLSchema } from "graphql";

/**
 * Values computed from a parsed document against a schema, and optionally a key (its
 * variables), kept as long as the document is. Apollo Server hands every request of the same
 * text the same document from its cache, so a value is computed once per operation rather than
 * once per request; a new schema (a reload) computes afresh. At most `perDocument` keys are kept
 * for one document: when more come, that document's keys start over.
 */
export interface DocumentMemo<T> {
  get(document: DocumentNode, schema: GraphQLSchema, key: string, compute: () => T): T;
}

export function documentMemo<T>(perDocument = 64): DocumentMemo<T> {
  const memo = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, Map<string, T>>>();
  return {
    get(document, schema, key, compute) {
      let bySchema = memo.get(document);
      if (!bySchema) memo.set(document, (bySchema = new WeakMap()));
      let byKey = bySchema.get(schema);
      if (!byKey) bySchema.set(schema, (byKey = new Map()));
      const found = byKey.get(key);
      if (found !== undefined) return found;
      const value = compute();
      if (byKey.size >= perDocument) byKey.clear();
      byKey.set(key, value);
      return value;
    },
  };
}
