/**
 * What every public form sends besides the reader's fields (src/lib/forms/bots.ts reads them): its
 * language, the signed token that says when the form was handed out, and the "website" field that
 * people leave empty (hidden from them) and bots that fill in every field give themselves away by.
 */
export function FormGuards({
  prefix,
  locale,
  token,
}: {
  prefix: string
  locale: string
  token: string
}) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`${prefix}-website`}>Website</label>
        <input
          id={`${prefix}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
    </>
  )
}
