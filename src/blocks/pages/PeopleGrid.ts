import type { Block } from 'payload'

/** Author profiles as a grid of photos, names and headlines: a team, or everyone. */
export const PeopleGrid: Block = {
  slug: 'people',
  interfaceName: 'PeopleGridBlock',
  labels: { singular: 'People grid', plural: 'People grids' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 120 },
    {
      name: 'team',
      type: 'relationship',
      relationTo: 'teams',
      admin: {
        description:
          'The people of this team, in their order within it. Left empty: every author with a team.',
      },
    },
  ],
}
