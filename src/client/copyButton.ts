/** "Cite this": each citation's copy button, shown only when this script can do the copying. */
export function enhanceCopyButtons(): void {
  if (!navigator.clipboard) return
  for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-button')) {
    const citation = button.parentElement?.querySelector('pre')
    const label = button.querySelector('span')
    if (!citation || !label) continue
    const idle = label.textContent ?? ''
    button.hidden = false
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(citation.textContent ?? '')
      label.textContent = button.dataset.done ?? idle
      setTimeout(() => (label.textContent = idle), 2000)
    })
  }
}
