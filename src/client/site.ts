/**
 * The public site's only script: progressive enhancement of what a reader interacts with. Every
 * page works without it (plain links and forms); it is loaded, deferred, only by the pages that
 * have something to enhance, and bundled by site-assets.mjs. Nothing here renders a page.
 */
import { enhanceCommentForm } from './commentForm'
import { enhanceCopyButtons } from './copyButton'
import { enhanceSubmissionForm } from './submissionForm'

enhanceCommentForm()
enhanceCopyButtons()
enhanceSubmissionForm()
