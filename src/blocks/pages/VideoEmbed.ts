import type { Block, TextFieldSingleValidation } from 'payload'

import { videoOf } from '@/lib/video'

const validateVideoUrl: TextFieldSingleValidation = (value) =>
  (typeof value === 'string' && videoOf(value) !== undefined) ||
  'Paste the address of a YouTube or Vimeo video, for example https://www.youtube.com/watch?v=….'

/**
 * A YouTube or Vimeo video that loads nothing from the video host until the reader asks for it: the
 * page shows the title and a play button, and only a click puts the host's player in a frame.
 */
export const VideoEmbed: Block = {
  slug: 'video',
  interfaceName: 'VideoBlock',
  labels: { singular: 'Video', plural: 'Videos' },
  fields: [
    {
      name: 'url',
      label: 'Video address',
      type: 'text',
      required: true,
      maxLength: 500,
      validate: validateVideoUrl,
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: { description: 'Read out to screen-reader users and shown before the video loads.' },
    },
    { name: 'caption', type: 'text', localized: true, maxLength: 300 },
  ],
}
