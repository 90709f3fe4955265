import type { Locale } from '@/i18n/config'
import type { PageBlock } from '@/lib/pageQueries'

import { ArticleListBlock } from './ArticleListBlock'
import { CallToActionBlock } from './CallToActionBlock'
import { ContactBlock } from './ContactBlock'
import { ImageBlock } from './ImageBlock'
import { PeopleBlock } from './PeopleBlock'
import { QuestionsBlock } from './QuestionsBlock'
import { RichTextBlock } from './RichTextBlock'
import { VideoBlock } from './VideoBlock'

/** A page's blocks (src/blocks/pages), in the editor's order, each by its own component. */
export function Blocks({ blocks, locale }: { blocks: PageBlock[]; locale: Locale }) {
  return blocks.map((block, index) => {
    const key = block.id ?? index
    switch (block.blockType) {
      case 'richText':
        return <RichTextBlock key={key} block={block} />
      case 'image':
        return <ImageBlock key={key} block={block} />
      case 'callToAction':
        return <CallToActionBlock key={key} block={block} locale={locale} />
      case 'people':
        return <PeopleBlock key={key} block={block} locale={locale} />
      case 'articleList':
        return <ArticleListBlock key={key} block={block} locale={locale} />
      case 'contact':
        return <ContactBlock key={key} block={block} locale={locale} />
      case 'video':
        return <VideoBlock key={key} block={block} locale={locale} />
      case 'questions':
        return <QuestionsBlock key={key} block={block} />
    }
  })
}
