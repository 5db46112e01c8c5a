/** PDF: placeholder replaced below. */
export async function pdfToText(_bytes: Buffer, file: string): Promise<string> {
  throw new Error(`pdf not yet supported: ${file}`);
}
