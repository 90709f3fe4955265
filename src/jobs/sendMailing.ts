import type { TaskConfig } from 'payload'

import { SEND_MAILING_TASK } from '@/lib/newsletter/mailings'
import { sendMailingSlice } from '@/lib/newsletter/send'

/**
 * One slice of a newsletter mailing (src/lib/newsletter/send.ts). A slice stops after a couple of
 * minutes and queues the next, so that no job runs long enough to look abandoned to the runner's
 * housekeeping; a mailing whose sender was killed is resumed by resumeStalledMailings.
 */
export const sendMailing: TaskConfig<{ input: { mailing: string }; output: object }> = {
  slug: SEND_MAILING_TASK,
  label: 'Send a newsletter mailing',
  inputSchema: [{ name: 'mailing', type: 'text', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    const result = await sendMailingSlice(req.payload, input.mailing)
    if (!result.done)
      await req.payload.jobs.queue({
        task: SEND_MAILING_TASK,
        input,
        waitUntil: result.waitUntil,
      })
    return { output: {} }
  },
}
