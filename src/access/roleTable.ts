import { ACTORS, PERMISSIONS, type FieldOperation, type Grant, type Rule } from './permissions'
import { scopeWords } from './scopes'

/**
 * docs/roles.md's table, written from src/access/permissions.ts (`npm run generate`): the docs
 * cannot drift from the rules, and a test fails when the committed file is stale.
 */

const cellOf = (grant: Grant | undefined) =>
  grant === undefined ? '–' : grant === 'all' ? 'yes' : scopeWords(grant)

const row = (label: string, cells: string[]) => `| ${[label, ...cells].join(' | ')} |`

function actionRows(subject: string, actions: Record<string, Rule>): string[] {
  return Object.entries(actions).map(([action, rule]) =>
    row(
      `**${subject}** ${action}${rule.means ? ` — ${rule.means}` : ''}`,
      ACTORS.map((actor) => cellOf(rule[actor])),
    ),
  )
}

/** One row per field: the restricted operations each actor may use on it. */
function fieldRows(
  subject: string,
  fields: Record<string, Partial<Record<FieldOperation, Rule>>>,
): string[] {
  return Object.entries(fields).map(([field, operations]) => {
    const granted = (actor: (typeof ACTORS)[number]) =>
      Object.entries(operations)
        .filter(([, rule]) => rule?.[actor] === 'all')
        .map(([operation]) => operation)
    return row(
      `**${subject}** field \`${field}\` (${Object.keys(operations).join(', ')})`,
      ACTORS.map((actor) => granted(actor).join(', ') || '–'),
    )
  })
}

export function roleTableMarkdown(): string {
  const lines = [
    row('', [...ACTORS]),
    row(
      '---',
      ACTORS.map(() => '---'),
    ),
  ]
  for (const [subject, { actions, fields }] of Object.entries(PERMISSIONS)) {
    lines.push(
      ...actionRows(subject, actions),
      ...fieldRows(subject, fields as Record<string, Partial<Record<FieldOperation, Rule>>>),
    )
  }
  return lines.join('\n')
}

export const ROLE_TABLE_START = '<!-- roles:start -->'
export const ROLE_TABLE_END = '<!-- roles:end -->'

/** `document` with the block between the markers replaced by the current table. */
export function withRoleTable(document: string): string {
  const start = document.indexOf(ROLE_TABLE_START)
  const end = document.indexOf(ROLE_TABLE_END)
  if (start < 0 || end < start)
    throw new Error(`docs/roles.md lacks the ${ROLE_TABLE_START} … ${ROLE_TABLE_END} markers`)
  return `${document.slice(0, start + ROLE_TABLE_START.length)}\n${roleTableMarkdown()}\n${document.slice(end)}`
}
