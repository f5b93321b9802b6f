/**
 * pipewright's header on a Markdown page: the workflow header (same body hash) in HTML comments,
 * Markdown's only comment, so `generate` replaces only its own page and tells a hand edit apart
 * from a stale page. Kept apart from the page renderer so `check` reads it without loading the
 * YAML reader.
 */
import { readHeader, withHeader, type CommentStyle, type HeaderInfo } from "../emit/header.js";

const MARKDOWN_COMMENT: CommentStyle = { open: "<!-- ", close: " -->" };

/** Prepends the header to a page generated from `sourceLabel`. */
export function withDocsHeader(body: string, sourceLabel: string): string {
  return withHeader(body, sourceLabel, "npx pipewright generate (or npx pipewright docs)", MARKDOWN_COMMENT);
}

/** Our header of a Markdown page; undefined when the page is not one of ours. */
export function readDocsHeader(text: string): HeaderInfo | undefined {
  return readHeader(text, MARKDOWN_COMMENT);
}
