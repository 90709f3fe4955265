/** The small Markdown pieces RESULTS.md is made of. */
export const n0 = (value: number | undefined) =>
  value === undefined ? '–' : Math.round(value).toLocaleString('en-US')

export const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

export const verdict = (met: boolean | undefined) =>
  met === undefined ? 'not measured' : met ? '**met**' : '**missed**'
