/**
 * The public site's only script: progressive enhancement of what a reader interacts with. Every
 * page works without it (plain links and forms); it is loaded, deferred, only by the pages that
 * have something to enhance, and bundled by site-assets.mjs. Nothing here renders a page.
 */
import { enhanceCommentForm } from './commentForm'
import { enhanceCopyButtons } from './copyButton'
import { enhanceSubmissionForm } from './submissionForm'
import { enhanceSubscribeForm } from './subscribeForm'
import { enhanceVideoEmbeds } from './videoEmbed'

enhanceCommentForm()
enhanceSubmissionForm()
enhanceSubscribeForm()
enhanceVideoEmbeds()
// The copy buttons sit below the article: shown once the browser is idle, so that showing them
// (a change of the page's layout) is not part of the work that delays the first screen.
const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200))
whenIdle(() => enhanceCopyButtons())
