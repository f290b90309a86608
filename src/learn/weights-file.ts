/**
 * Weight files: named linear models plus a JSON blob (labels, lexicons), in one gzipped file.
 * Each model is stored sparse and quantised to 16 bits with one scale per model: only the nonzero
 * slots, as (gap to the previous slot, value) varint pairs, which gzip then squeezes further.
 * Averaged perceptron weights are mostly exact zeros, so this is a few bytes per useful weight.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { QuantisedModel, type LinearModel, type Scorer } from "./linear-model.js";

const MAGIC = "GZW1";
const LEVELS = 32767;

interface SectionHeader {
  name: string;
  nClasses: number;
  bits: number;
  scale: number;
  entries: number;
  bytes: number;
}

/** Named models and their metadata: trained (LinearModel) to be saved, or loaded (QuantisedModel). */
export interface WeightBundle<Meta, Model extends Scorer = Scorer> {
  meta: Meta;
  models: Record<string, Model>;
}

export interface SaveOptions {
  /** Slots whose quantised magnitude is at or below this are dropped (0: keep every nonzero one). */
  prune?: number;
}

class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  varint(value: number): void {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

function encodeModel(model: LinearModel, prune: number): { header: Omit<SectionHeader, "name">; body: Uint8Array } {
  const w = model.weights;
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) {
    const a = Math.abs(w[i]);
    if (a > maxAbs) maxAbs = a;
  }
  const scale = maxAbs > 0 ? maxAbs / LEVELS : 1;
  const out = new ByteWriter();
  let previous = -1;
  let entries = 0;
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 0) continue;
    const q = Math.round(w[i] / scale);
    if (Math.abs(q) <= prune) continue;
    out.varint(i - previous - 1);
    out.varint((q << 1) ^ (q >> 31));
    previous = i;
    entries++;
  }
  const body = out.bytes();
  return { header: { nClasses: model.nClasses, bits: model.bits, scale, entries, bytes: body.length }, body };
}

function decodeModel(header: SectionHeader, data: Uint8Array, offset: number): QuantisedModel {
  const values = new Int16Array((1 << header.bits) * header.nClasses);
  const end = offset + header.bytes;
  let pos = offset;
  let index = -1;
  while (pos < end) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = data[pos++];
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    let z = 0;
    shift = 0;
    do {
      b = data[pos++];
      z |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    index += gap + 1;
    values[index] = (z >>> 1) ^ -(z & 1);
  }
  return new QuantisedModel(header.nClasses, header.bits, values, header.scale);
}

export function encodeWeights<Meta>(bundle: WeightBundle<Meta, LinearModel>, options: SaveOptions = {}): Buffer {
  const sections: SectionHeader[] = [];
  const bodies: Uint8Array[] = [];
  for (const [name, model] of Object.entries(bundle.models)) {
    const { header, body } = encodeModel(model, options.prune ?? 0);
    sections.push({ name, ...header });
    bodies.push(body);
  }
  const head = Buffer.from(JSON.stringify({ meta: bundle.meta, sections }), "utf8");
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length, 0);
  // A fixed mtime-free gzip: the same weights always give the same bytes.
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, "ascii"), size, head, ...bodies]), { level: 9 });
}

export function decodeWeights<Meta>(file: Uint8Array, source = "weights"): WeightBundle<Meta, QuantisedModel> {
  const data = gunzipSync(file);
  if (data.subarray(0, 4).toString("ascii") !== MAGIC) throw new Error(`internal: ${source} is not a gazette weight file`);
  const headLength = data.readUInt32LE(4);
  const head = JSON.parse(data.subarray(8, 8 + headLength).toString("utf8")) as { meta: Meta; sections: SectionHeader[] };
  const models: Record<string, QuantisedModel> = {};
  let offset = 8 + headLength;
  for (const section of head.sections) {
    models[section.name] = decodeModel(section, data, offset);
    offset += section.bytes;
  }
  return { meta: head.meta, models };
}

export function saveWeights<Meta>(path: string, bundle: WeightBundle<Meta, LinearModel>, options: SaveOptions = {}): number {
  mkdirSync(dirname(path), { recursive: true });
  const bytes = encodeWeights(bundle, options);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function loadWeights<Meta>(path: string): WeightBundle<Meta, QuantisedModel> {
  return decodeWeights<Meta>(readFileSync(path), path);
}
