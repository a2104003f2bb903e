/** A fenced ```ts or ```tsx block of a Markdown file. */
export interface Snippet {
  /** The line of its opening fence (1-based), to find it in the file. */
  line: number;
  language: 'ts' | 'tsx';
  code: string;
  /**
   * Marked deliberately partial (```` ```tsx fragment ````): a few lines that only make sense in
   * a larger file. Prefer complete snippets; these are not type-checked.
   */
  fragment: boolean;
}

/**
 * Every ```ts and ```tsx block of a Markdown text, indented ones (inside list items) included,
 * with the indentation taken off.
 *
 * @example typeScriptSnippets(readFileSync('README.md', 'utf8')) // [{ line: 12, language: 'tsx', … }]
 */
export function typeScriptSnippets(markdown: string): Snippet[] {
  const fence = /^( *)```(tsx?)\b([^\n]*)\n([\s\S]*?)^\1```[ \t]*$/gm;
  return [...markdown.matchAll(fence)].map((match) => {
    const [, indent = '', language, info = '', body = ''] = match;
    return {
      line: markdown.slice(0, match.index).split('\n').length,
      language: language === 'tsx' ? 'tsx' : 'ts',
      code: body
        .split('\n')
        .map((text) => (text.startsWith(indent) ? text.slice(indent.length) : text.trimStart()))
        .join('\n'),
      fragment: /\bfragment\b/.test(info),
    };
  });
}
