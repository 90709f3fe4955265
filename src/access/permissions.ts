/**
 * Who may do what: the one place that says it. Every access function, field rule, "may publish"
 * check, job guard and notification list is derived from this table through src/access/gate.ts;
 * the access-matrix test reads it, and docs/roles.md is generated from it (`npm run docs:roles`).
 *
 * A cell grants an action to an actor on everything (`'all'`) or on the documents of a named scope
 * (src/access/scopes.ts). A missing cell is a refusal. Admins are listed like everyone else, so a
 * reader of one row sees the whole rule. Fields that only the server writes (stamps, counts) are not
 * here: nobody may set them through any API (src/fields/system.ts).
 */
import type { Role } from './roles'
import type { ScopeName } from './scopes'

/** Who asks: a visitor without an account, or a staff account with its role. */
export type Actor = 'anonymous' | Role
export const ACTORS: readonly Actor[] = ['anonymous', 'intern', 'editor', 'admin']

export type Grant = 'all' | ScopeName
/** `means` says in words what a custom action (not one of Payload's operations) stands for. */
export type Rule = Partial<Record<Actor, Grant>> & { means?: string }
/** Field rules are all-or-nothing per actor: Payload drops a refused field from the input. */
export type FieldRule = Partial<Record<Actor, 'all'>>
export type FieldOperation = 'read' | 'create' | 'update'

const everyone = { anonymous: 'all', intern: 'all', editor: 'all', admin: 'all' } as const
const staff = { intern: 'all', editor: 'all', admin: 'all' } as const
const editors = { editor: 'all', admin: 'all' } as const
const admins = { admin: 'all' } as const

export const PERMISSIONS = {
  articles: {
    actions: {
      read: { anonymous: 'published', intern: 'publishedOrCoAuthored', ...editors },
      readVersions: { intern: 'coAuthoredVersion', ...editors },
      create: staff,
      update: { intern: 'coAuthored', ...editors },
      delete: { intern: 'neverPublishedCoAuthoredDraft', ...editors },
      deleteInReview: {
        ...editors,
        means:
          'Delete a draft while it waits for review: the editors have its "for review" e-mail, so the others ask an editor.',
      },
      publish: {
        ...editors,
        means: 'Make a version live (publish, unpublish, restore a published version).',
      },
      requestChanges: {
        ...editors,
        means: 'Send a draft back to its authors with "changes requested".',
      },
      preview: {
        ...staff,
        means: 'Open drafts on the public site (draft mode): what they see is still `read`.',
      },
    },
    fields: {
      publishedAt: { create: editors, update: editors },
      reviewNote: { read: staff, create: editors, update: editors },
      // A working copy's note until an editor publishes it into the public correction log.
      correctionNote: { read: staff },
      submission: { read: editors, create: editors, update: editors },
      leaveOutOfMailings: { create: editors, update: editors },
    },
  },
  authors: {
    actions: {
      read: { anonymous: 'publicProfile', ...staff },
      create: editors,
      update: { intern: 'ownProfile', ...editors },
      delete: editors,
    },
    fields: { email: { read: staff }, guest: { create: editors, update: editors } },
  },
  topics: {
    actions: { read: everyone, create: editors, update: editors, delete: editors },
    fields: {},
  },
  // The think tank's own pages (Team, Internships, Contact, …): editors build them, readers see the live ones.
  pages: {
    actions: {
      read: { anonymous: 'published', ...staff },
      readVersions: staff,
      create: editors,
      update: editors,
      delete: editors,
    },
    fields: {},
  },
  // Old addresses that answer 301 with the new one (src/lib/redirects): public, since the site
  // itself looks them up for every reader; made by editors, and by the site when a slug changes.
  redirects: {
    actions: {
      read: everyone,
      create: editors,
      update: editors,
      delete: editors,
      import: {
        ...editors,
        means: 'Import redirects from a CSV file (every row is stored, or none).',
      },
    },
    fields: {},
  },
  // The groups /authors lists people in (staff, fellows, interns, alumni, guest authors).
  teams: {
    actions: { read: everyone, create: editors, update: editors, delete: editors },
    fields: {},
  },
  media: {
    actions: { read: everyone, create: staff, update: editors, delete: editors },
    fields: {},
  },
  // The site's icon (favicon, app icons): part of the branding, so editors'.
  'site-icons': {
    actions: { read: everyone, create: editors, update: editors, delete: editors },
    fields: {},
  },
  comments: {
    actions: {
      read: { anonymous: 'approved', intern: 'approved', ...editors },
      create: everyone,
      update: editors,
      delete: editors,
      moderate: {
        ...editors,
        means:
          "Approve or hold comments, be told about held ones, reply as the team, and write without the readers' policy.",
      },
    },
    fields: {
      authorEmail: { read: editors, update: editors },
      status: { create: editors, update: editors },
      ipHash: { read: editors },
    },
  },
  submissions: {
    actions: {
      // The public form is for outside authors; staff do not send submissions, admins may do anything.
      create: { anonymous: 'all', ...admins },
      read: editors,
      update: editors,
      delete: admins,
      review: {
        ...editors,
        means: 'Be told about new submissions, decide on them and send the decision e-mail.',
      },
      convert: { ...editors, means: 'Turn an accepted submission into a draft article.' },
      sendUnlimited: {
        ...staff,
        means:
          'Send any number of submissions (the per-address and per-e-mail limits are for the public).',
      },
    },
    fields: {
      status: { create: editors },
      editorNotes: { create: editors },
      article: { create: editors },
    },
  },
  // E-mail subscriptions (src/lib/newsletter). Addresses are personal data: editors and admins
  // only, on every path. Nobody creates a subscriber directly: a reader asks (a request, open to
  // anyone, limited per sender and per address) and the signed link in the mail confirms it.
  subscribers: {
    actions: {
      read: editors,
      create: {},
      update: {},
      delete: editors,
      export: { ...editors, means: 'Download the subscriber list as CSV.' },
    },
    fields: {},
  },
  'subscription-requests': {
    actions: { create: everyone, read: editors, update: {}, delete: editors },
    fields: {},
  },
  // What was sent: one mailing per article or weekly digest, one delivery per reader and mailing.
  mailings: {
    actions: {
      read: editors,
      create: {},
      update: {},
      delete: {},
      testSend: {
        ...editors,
        means: "Send oneself a test of an article's mailing or the next digest.",
      },
    },
    fields: {},
  },
  deliveries: {
    actions: { read: editors, create: {}, update: {}, delete: {} },
    fields: {},
  },
  users: {
    actions: {
      admin: { ...staff, means: 'Open the admin panel.' },
      read: { intern: 'self', ...editors },
      create: admins,
      update: { intern: 'self', editor: 'self', admin: 'all' },
      delete: admins,
      unlock: { ...admins, means: 'Unlock an account locked after failed logins.' },
    },
    fields: {
      role: { create: admins, update: admins },
      // The link decides whose drafts an intern may open.
      author: { create: admins, update: admins },
    },
  },
  'site-settings': {
    actions: { read: everyone, update: editors },
    fields: {
      decisionEmails: { read: staff },
      commentPolicy: { read: staff },
    },
  },
  // The rate limiters' ledger (src/collections/Attempts): nobody reads or writes it through any API.
  attempts: {
    actions: { read: {}, create: {}, update: {}, delete: {} },
    fields: {},
  },
  jobs: {
    actions: {
      // Scheduled publishing: a schedule is a queued job that runs as the editor who set it.
      queue: { ...editors, means: 'Queue jobs over the API, such as a scheduled publish.' },
      run: { ...editors, means: 'Run due jobs over the API (`/api/payload-jobs/run`).' },
      cancel: { ...editors, means: 'Cancel a job, or remove a scheduled publish.' },
    },
    fields: {},
  },
  queries: {
    actions: {
      listUncapped: {
        ...editors,
        means: 'List more than 100 documents per REST or GraphQL request (the admin panel does).',
      },
    },
    fields: {},
  },
} as const satisfies Record<
  string,
  {
    actions: Record<string, Rule>
    fields: Record<string, Partial<Record<FieldOperation, FieldRule>>>
  }
>

export type Subject = keyof typeof PERMISSIONS
export type Action<S extends Subject> = keyof (typeof PERMISSIONS)[S]['actions'] & string
export type FieldName<S extends Subject> = keyof (typeof PERMISSIONS)[S]['fields'] & string
