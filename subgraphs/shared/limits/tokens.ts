import type { ApolloServerPlugin } from "@apollo/server";
import { limitExceeded, recordRefusal } from "./errors";
import { countTokens } from "./measure";

/**
 * A refused document's tokens are counted up to this many times the limit, so that refusing a
 * document costs work bounded by the limit, not by the document (about 20 ms for 200,000 tokens
 * on a 2-core machine); past it, `measured` is that count and the message says "at least".
 */
const COUNT_UP_TO = 10;

/**
 * The token limit is graphql-js's own `maxTokens` parse option (GraphQL Armor's max-tokens parser
 * reimplements it): the parser stops at the first token past the limit, before building any
 * syntax tree, and Apollo answers HTTP 400. Armor's Apollo plugin throws from a plugin hook
 * instead, which Apollo Server 5 turns into HTTP 500. This plugin only measures: when the parse
 * fails on a document longer than the limit, it records the refusal with the count, so the
 * error carries the measured value.
 */
export function maxTokensPlugin(maxTokens: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          return async (error?: Error) => {
            if (!error || source === undefined) return;
            const stopAt = maxTokens * COUNT_UP_TO;
            const count = countTokens(source, stopAt);
            if (count <= maxTokens) return;
            recordRefusal(error, limitExceeded("tokens", maxTokens, count, count >= stopAt));
          };
        },
      };
    },
  };
}
