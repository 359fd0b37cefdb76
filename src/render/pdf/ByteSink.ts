/**
 * The PDF's bytes as pdfkit writes them: pdfkit hands over each object in
 * several small Buffers (tens of thousands for a long document); keeping
 * them would cost more memory than the file. They are copied into one
 * growing buffer instead.
 */
export class ByteSink {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  write(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + chunk.length));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** The bytes written so far (a view: valid until the next write). */
  written(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** The bytes written, as a Buffer of its own (no spare room). */
  result(): Buffer {
    return Buffer.from(this.bytes.subarray(0, this.length));
  }
}
