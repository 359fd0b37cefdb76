/**
 * The bundled monitor (agreements/harderwijk/monitor-2024.ts) read as text,
 * independently of the loader: per overleg its name, date and the status and
 * toelichting it gives each agreement, and the nieuwbouw numbers. Tests
 * compare the outputs with this, not with the loader's own reading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

export interface SourceRound {
  name: string;
  date: string;
  statuses: Map<string, { status: string; toelichting: string | null }>;
}

export interface SourceMonitor {
  rounds: SourceRound[];
  target: { from: number; to: number; min: number; max: number };
  shares: Record<string, number>;
  projects: { name: string; corporation: string; homes: number; phase: string; year: number }[];
}

export function readMonitorSource(file = join(repoRoot, 'agreements/harderwijk/monitor-2024.ts')): SourceMonitor {
  const text = readFileSync(file, 'utf8');
  const rounds: SourceRound[] = [];
  for (const line of text.split('\n')) {
    const name = /^\s+name: '([^']+)',$/.exec(line);
    if (name) rounds.push({ name: name[1]!, date: '', statuses: new Map() });
    const date = /^\s+date: '(\d{4}-\d{2}-\d{2})',$/.exec(line);
    if (date) rounds.at(-1)!.date = date[1]!;
    const short = /^\s+'([a-z]+-\d+)': '([a-z ]+)',$/.exec(line);
    if (short) rounds.at(-1)!.statuses.set(short[1]!, { status: short[2]!, toelichting: null });
    const long = /^\s+'([a-z]+-\d+)': \{ status: '([a-z ]+)', toelichting: "(.*)" \},$/.exec(line);
    if (long) rounds.at(-1)!.statuses.set(long[1]!, { status: long[2]!, toelichting: long[3]! });
  }
  const target = /target: \{ from: (\d+), to: (\d+), min: (\d+), max: (\d+)/.exec(text)!;
  const shares = /shares: \{ uwoon: (\d+), 'omnia-wonen': (\d+) \}/.exec(text)!;
  const projects = [...text.matchAll(/\{ name: '([^']+)', corporation: '([a-z-]+)', homes: (\d+), phase: '([a-z ]+)', year: (\d+)/g)].map((m) => ({
    name: m[1]!,
    corporation: m[2]!,
    homes: Number(m[3]),
    phase: m[4]!,
    year: Number(m[5]),
  }));
  return {
    rounds,
    target: { from: Number(target[1]), to: Number(target[2]), min: Number(target[3]), max: Number(target[4]) },
    shares: { uwoon: Number(shares[1]), 'omnia-wonen': Number(shares[2]) },
    projects,
  };
}

/** The agreement ids of the bundled jaarschijf 2024, in document order, read as text. */
export function jaarschijfIds(file = join(repoRoot, 'agreements/harderwijk/2024.ts')): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\{ id: '([a-z]+-\d+)'/g)].map((m) => m[1]!);
}
