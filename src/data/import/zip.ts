// Unzipping with zip-bomb defences. Two checks: the sizes the archive declares in its central
// directory (cheap, catches honest bombs before any work), and the bytes actually produced while
// inflating (catches archives that lie about their sizes). The archive is fed to fflate's streaming
// Unzip in small slices so no single step can inflate more than ~16 MB before the counter sees it.
import { Unzip, UnzipInflate, unzipSync } from 'fflate'
import { ImportProblem, shortMessage } from './errors.ts'
import { importLimits } from './limits.ts'

export interface ZipEntry {
  name: string
  compressedSize: number
  declaredSize: number
}

const sliceBytes = 16 * 1024

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)
}

function tooBig(zh: string, en: string): ImportProblem {
  return new ImportProblem('unsafe-archive', zh, en)
}

/**
 * The name of the first encrypted entry in the central directory (general purpose bit 0, APPNOTE.TXT
 * §4.4.4), or undefined. fflate cannot decrypt and would report "invalid distance", which says nothing.
 */
export function encryptedEntry(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment is at most 64 KB).
  let end = -1
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset
      break
    }
  }
  if (end < 0) return undefined
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  for (let entry = 0; entry < count && offset + 46 <= bytes.length; entry += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) return undefined
    const nameLength = view.getUint16(offset + 28, true)
    if (view.getUint16(offset + 8, true) & 1) return new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + Math.min(nameLength, 200)))
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true)
  }
  return undefined
}

/** Entries of the central directory, with the declared-size checks applied. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const locked = bytes.length >= 22 ? encryptedEntry(bytes) : undefined
  if (locked !== undefined) {
    throw new ImportProblem('unsafe-archive', `压缩包已加密（「${locked}」需要密码），请解压后重新压缩（不设密码）再导入`, `the archive is encrypted ("${locked}" needs a password); unzip it and zip it again without a password`)
  }
  const entries: ZipEntry[] = []
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push({ name: info.name, compressedSize: info.size, declaredSize: info.originalSize })
        if (entries.length > importLimits.maxZipEntries) {
          throw tooBig(`压缩包内文件超过 ${importLimits.maxZipEntries} 个`, `archive holds more than ${importLimits.maxZipEntries} entries`)
        }
        return false
      },
    })
  } catch (error) {
    if (error instanceof ImportProblem) throw error
    throw new ImportProblem('malformed', `压缩包已损坏或不完整：${shortMessage(error)}`, `the ZIP archive is damaged or truncated: ${shortMessage(error)}`)
  }
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.declaredSize, 0)
  if (declaredTotal > importLimits.maxUnzippedBytes) {
    throw tooBig(
      `压缩包解压后达 ${Math.round(declaredTotal / 1048576)} MB，超过 ${importLimits.maxUnzippedBytes / 1048576} MB 上限（疑似压缩炸弹）`,
      `the archive declares ${Math.round(declaredTotal / 1048576)} MB uncompressed, over the ${importLimits.maxUnzippedBytes / 1048576} MB limit (possible zip bomb)`,
    )
  }
  for (const entry of entries) checkRatio(entry.name, entry.declaredSize, entry.compressedSize)
  return entries
}

function checkRatio(name: string, uncompressed: number, compressed: number): void {
  if (uncompressed >= importLimits.ratioCheckFromBytes && uncompressed / Math.max(compressed, 1) > importLimits.maxCompressionRatio) {
    throw tooBig(
      `压缩包内「${name}」压缩比异常（超过 ${importLimits.maxCompressionRatio}:1），疑似压缩炸弹`,
      `entry "${name}" has a compression ratio over ${importLimits.maxCompressionRatio}:1 (possible zip bomb)`,
    )
  }
}

/** Inflate the entries that `wanted` accepts, counting the real output against the caps. */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  listZip(bytes)
  const files = new Map<string, Uint8Array>()
  let total = 0
  let seen = 0
  let failure: unknown
  const unzip = new Unzip((file) => {
    // Counted on the local headers actually present: the directory may list one entry and hide a million.
    seen += 1
    if (seen > importLimits.maxZipEntries) {
      throw tooBig(`压缩包内文件超过 ${importLimits.maxZipEntries} 个`, `archive holds more than ${importLimits.maxZipEntries} entries`)
    }
    if (!wanted(file.name)) return
    const chunks: Uint8Array[] = []
    let size = 0
    file.ondata = (error, chunk, final) => {
      if (error) throw error
      size += chunk.length
      total += chunk.length
      if (size > importLimits.maxEntryBytes) {
        const limit = importLimits.maxEntryBytes / 1048576
        throw tooBig(`压缩包内「${file.name}」解压后超过 ${limit} MB 上限（疑似压缩炸弹）`, `entry "${file.name}" inflates to more than ${limit} MB, the limit for one file (possible zip bomb)`)
      }
      if (total > importLimits.maxUnzippedBytes) {
        throw tooBig(
          `解压后超过 ${importLimits.maxUnzippedBytes / 1048576} MB 上限（压缩包声明的大小不实，疑似压缩炸弹）`,
          `inflated data passed the ${importLimits.maxUnzippedBytes / 1048576} MB limit although the archive declared less (zip bomb)`,
        )
      }
      chunks.push(chunk)
      if (final) {
        // Local headers written with a data descriptor carry no compressed size; the central directory was checked.
        if (file.size) checkRatio(file.name, size, file.size)
        files.set(file.name, concatenate(chunks, size))
      }
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let offset = 0; offset < bytes.length; offset += sliceBytes) {
      unzip.push(bytes.subarray(offset, offset + sliceBytes), offset + sliceBytes >= bytes.length)
    }
  } catch (error) {
    failure = error
  }
  if (failure instanceof ImportProblem) throw failure
  if (failure) {
    throw new ImportProblem('malformed', `压缩包内容无法解压：${shortMessage(failure)}`, `the ZIP content could not be inflated: ${shortMessage(failure)}`)
  }
  return files
}

function concatenate(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

/** Entry names without macOS resource forks and folders. */
export function usefulEntry(name: string): boolean {
  return !name.includes('__MACOSX/') && !name.endsWith('/') && !/(^|\/)\._/.test(name)
}
