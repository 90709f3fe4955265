import { ArticleList } from './ArticleList'
import { CallToAction } from './CallToAction'
import { ContactDetails } from './ContactDetails'
import { ImageBlock } from './ImageBlock'
import { PeopleGrid } from './PeopleGrid'
import { Questions } from './Questions'
import { RichTextBlock } from './RichTextBlock'
import { VideoEmbed } from './VideoEmbed'

/** The blocks a page is built from, in the order the admin offers them. */
export const PAGE_BLOCKS = [
  RichTextBlock,
  ImageBlock,
  CallToAction,
  PeopleGrid,
  ArticleList,
  ContactDetails,
  VideoEmbed,
  Questions,
]
