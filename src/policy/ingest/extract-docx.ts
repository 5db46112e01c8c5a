/** Word documents: placeholder replaced below. */
export async function docxToText(_bytes: Buffer, file: string): Promise<string> {
  throw new Error(`docx not yet supported: ${file}`);
}
