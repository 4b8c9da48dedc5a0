/**
 * The most characters a log field keeps of a name the caller chose: an operation name, a client
 * name or version header. GraphQL names a person writes are a few dozen characters; 200 keeps
 * every real one whole, while a 900 kB name sent to bloat the logs costs 200 characters a line.
 */
export const MAX_LOGGED_NAME = 200;

/**
 * The most characters a log field keeps of an error's message or stack. Messages may quote the
 * request (a value, an operation name); 4,000 characters keep a whole stack of our own frames.
 */
export const MAX_LOGGED_TEXT = 4000;

/** `text` cut to `max` characters, saying how long it was, so a reader knows it was cut. */
export function cutForLog(text: string, max: number): string;
export function cutForLog(text: string | undefined, max: number): string | undefined;
export function cutForLog(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length} characters)`;
}
