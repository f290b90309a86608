/** The JSON card beside every weight file: what it was trained on, how, and how well it does. */
import { readFileSync, writeFileSync } from "node:fs";

export interface ModelCard {
  /** Versioned name, e.g. "fr-syntax-1". */
  name: string;
  lang: string;
  task: string;
  /** Corpus files the weights were trained on, relative to the data folder. */
  trainedOn: string[];
  /** Corpus files used to choose settings (and never trained on). */
  tunedOn: string[];
  features: Record<string, string[] | string>;
  settings: Record<string, number | string | boolean>;
  /** Scores on held-out files: file → metric → value. */
  scores: Record<string, Record<string, number>>;
  weightsFile: string;
  weightsBytes: number;
  trainingSeconds: number;
  date: string;
  licence?: string;
}

export function writeCard(path: string, card: ModelCard): void {
  writeFileSync(path, JSON.stringify(card, null, 2) + "\n");
}

export function readCard(path: string): ModelCard {
  return JSON.parse(readFileSync(path, "utf8")) as ModelCard;
}
