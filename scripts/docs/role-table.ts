/**
 * Writes the role table of src/access/permissions.ts into docs/roles.md (between its markers).
 * Part of `npm run generate`; tests/int/generated-and-migrations.test.ts fails when it is stale.
 */
import fs from 'node:fs'

import { withRoleTable } from '@/access/roleTable'

const file = new URL('../../docs/roles.md', import.meta.url)
fs.writeFileSync(file, withRoleTable(fs.readFileSync(file, 'utf8')))
console.info('docs/roles.md: role table written from src/access/permissions.ts')
