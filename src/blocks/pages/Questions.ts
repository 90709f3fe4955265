import type { Block } from 'payload'

/** Questions and answers, each answer folded under its question (and marked up as an FAQ page). */
export const Questions: Block = {
  slug: 'questions',
  interfaceName: 'QuestionsBlock',
  labels: { singular: 'Questions and answers', plural: 'Questions and answers' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 120 },
    {
      name: 'items',
      label: 'Questions',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 40,
      fields: [
        { name: 'question', type: 'text', required: true, localized: true, maxLength: 300 },
        { name: 'answer', type: 'textarea', required: true, localized: true, maxLength: 3000 },
      ],
    },
  ],
}
