/** An input that cannot be used, with where and what was expected. */
export class ParseError extends Error {
  constructor(
    readonly detail: string,
    /** 1-based line (text formats) or record (JSON, CSV) number, when known. */
    readonly line?: number,
    readonly source?: string,
    readonly unit: 'line' | 'record' = 'line',
  ) {
    const where = [source, line !== undefined ? `${unit} ${line}` : undefined].filter(Boolean);
    super(where.length ? `${where.join(', ')}: ${detail}` : detail);
    this.name = 'ParseError';
  }
}
