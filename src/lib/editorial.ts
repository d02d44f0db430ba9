// Anchors and lists of the editorial data that quotes the articles (src/ingest/notes.ts).
/** The id of the editor's note on an answer (one note an answer). */
export const noteAnchor = (answer: string): string => `note_${answer}`;
