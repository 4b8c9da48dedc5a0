import type { Answer } from "./client";

/** What a view hands the page: its title, its content, and how its one query went. */
export interface View {
  title: string;
  content: Node;
  answer: Answer<unknown>;
}
