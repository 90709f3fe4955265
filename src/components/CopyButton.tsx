/**
 * Copies the citation beside it (src/client/copyButton.ts). Hidden until that script shows it:
 * without JavaScript the citation stays selectable text, and no button that does nothing is shown.
 */
export function CopyButton({ label, doneLabel }: { label: string; doneLabel: string }) {
  return (
    <button type="button" className="copy-button" data-done={doneLabel} hidden>
      <span aria-live="polite">{label}</span>
    </button>
  )
}
