import { RichText } from '@/components/RichText'
import type { RichTextBlock as Block } from '@/payload-types'

export function RichTextBlock({ block }: { block: Block }) {
  return <RichText data={block.content} className="prose block" />
}
