/** A custom endpoint's refusal, shaped like Payload's own: the status and the field it concerns. */
export const problem = (status: number, field: string, message: string) =>
  Response.json({ errors: [{ message, path: field }] }, { status })
