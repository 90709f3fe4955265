import type { Block } from 'payload'

import { ARTICLE_KINDS } from '@/fields/options'

/** The newest published articles of a topic, a kind or an author (any combination), as cards. */
export const ArticleList: Block = {
  slug: 'articleList',
  interfaceName: 'ArticleListBlock',
  labels: { singular: 'List of articles', plural: 'Lists of articles' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        { name: 'topic', type: 'relationship', relationTo: 'topics', admin: { width: '33%' } },
        { name: 'kind', type: 'select', options: ARTICLE_KINDS, admin: { width: '33%' } },
        { name: 'author', type: 'relationship', relationTo: 'authors', admin: { width: '33%' } },
      ],
    },
    {
      name: 'limit',
      label: 'How many',
      type: 'number',
      required: true,
      defaultValue: 6,
      min: 1,
      max: 24,
      admin: { step: 1 },
    },
  ],
}
