/** Hands a file (text, or the bytes of an .xlsx workbook) to the browser as a download: a Blob and a
 * temporary <a download>, which works offline. */
export function downloadFile(fileName: string, content: string | Uint8Array, type: string): void {
  // Bytes are copied into a fresh ArrayBuffer-backed array: BlobPart refuses a view on a SharedArrayBuffer.
  const url = URL.createObjectURL(new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A file name safe on Windows (the planner's layer names may contain / : * ? …). */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').trim() || 'layer'
}
